// The public face of @commonground/api-clearinghouse. So far: the pure
// syndication rules (feeds, calendars, lifecycle, digests) the funding-call
// clearinghouse will be built on; see docs/clearinghouse-syndication.md.
export * from './syndication';
