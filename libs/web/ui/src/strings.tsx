import { createContext, useContext, type ReactNode } from 'react';

/** Texts the shared components need; the application provides them in the reader's language. */
export interface UiStrings {
  required: string;
  invalidEmail: string;
  invalidUrl: string;
  tooShort: (min: number) => string;
  invalid: string;
  loading: string;
  noResults: string;
  close: string;
  cancel: string;
}

const english: UiStrings = {
  required: 'This field is required.',
  invalidEmail: 'Enter an e-mail address such as name@example.org.',
  invalidUrl: 'Enter a web address starting with https://',
  tooShort: (min) => `Use at least ${min} characters.`,
  invalid: 'This value is not valid.',
  loading: 'Loading…',
  noResults: 'No results',
  close: 'Close',
  cancel: 'Cancel',
};

const UiStringsContext = createContext<UiStrings>(english);

export function UiStringsProvider({ value, children }: { value: UiStrings; children: ReactNode }) {
  return <UiStringsContext.Provider value={value}>{children}</UiStringsContext.Provider>;
}

export function useUiStrings(): UiStrings {
  return useContext(UiStringsContext);
}
