import { useMemo, useState } from 'react';
import { splitErrors, splitErrorsBy } from './errors';

/**
 * The error state of a form: errors naming one of `fields` go next to it, the others to an alert.
 *
 * The field errors keep their identity until the error changes: react-aria's <Form> shows
 * `validationErrors` again (and blocks the native submit) whenever it receives a new object,
 * so a new object on every render would keep a server error alive after the reader fixed the field.
 */
export function useFormErrors(fields: readonly string[]) {
  const [error, setError] = useState<unknown>(undefined);
  const key = fields.join('\n');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `fields`
  const { fieldErrors, others } = useMemo(() => splitErrors(error, fields), [error, key]);
  return { error, setError, fieldErrors, others, clear: () => setError(undefined) };
}

/**
 * Like useFormErrors for a given error and a mapping from API field paths to form fields
 * (nested inputs), merged with the form's own checks (`local`). Same identity rule.
 */
export function useValidationErrors(error: unknown, fieldOf: (path: string) => string | null, local?: Record<string, string> | null) {
  const fieldOfRef = useState(() => fieldOf)[0];
  return useMemo(() => {
    const { fieldErrors, others } = splitErrorsBy(error, fieldOfRef);
    return { fieldErrors: { ...(local ?? {}), ...fieldErrors }, others };
  }, [error, local, fieldOfRef]);
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
