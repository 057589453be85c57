import { useState } from 'react';
import { splitErrors } from './errors';

/** The error state of a form: errors naming one of `fields` go next to it, the others to an alert. */
export function useFormErrors(fields: readonly string[]) {
  const [error, setError] = useState<unknown>(undefined);
  const { fieldErrors, others } = splitErrors(error, fields);
  return { error, setError, fieldErrors, others, clear: () => setError(undefined) };
}

/** A value typed in a form, trimmed; null when empty. */
export function optional(value: string | null | undefined): string | null {
  const trimmed = (value ?? '').trim();
  return trimmed ? trimmed : null;
}

/** Only same-site paths may be used as a place to return to after signing in. */
export function safeNext(next: string | null | undefined): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  return next;
}

/** After the server refuses a form, move focus to the first field it named (or leave it where it is). */
export function focusFirstInvalid(form: HTMLFormElement | null) {
  window.requestAnimationFrame(() => {
    const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid] input, [data-invalid] button');
    invalid?.focus();
  });
}
