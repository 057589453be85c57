export { equalSplit, type SponsorShare } from './split';
