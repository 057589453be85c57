/**
 * A small information or warning mark before a note, drawn as SVG: a text
 * glyph such as ⓘ shows as an empty box where the reader's fonts lack it.
 * Decorative: the note's text says what it is.
 */
export function NoteIcon({ kind }: { kind: 'info' | 'warning' }) {
  return (
    <svg className="cg-note-icon" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
      {kind === 'info' ? (
        <>
          <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <rect x="7.25" y="7" width="1.5" height="5" fill="currentColor" />
          <circle cx="8" cy="4.75" r="1" fill="currentColor" />
        </>
      ) : (
        <>
          <path d="M8 1.5 15 14.5H1Z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
          <rect x="7.25" y="6" width="1.5" height="4.5" fill="currentColor" />
          <circle cx="8" cy="12.25" r="0.9" fill="currentColor" />
        </>
      )}
    </svg>
  );
}
