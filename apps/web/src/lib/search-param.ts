import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A search box bound to a URL parameter (default `q`): the text follows the
 * user's typing, the parameter follows the text a moment after the last key
 * (replacing the history entry), and back/forward in history update the box.
 * Returns the committed query (what to search for), the text and its setter.
 */
export function useDebouncedSearchParam(name = 'q', delayMs = 300): [query: string, text: string, setText: (text: string) => void] {
  const [params, setParams] = useSearchParams();
  const query = params.get(name) ?? '';
  const [text, setText] = useState(query);

  useEffect(() => {
    setText((current) => (current.trim() === query ? current : query));
  }, [query]);

  useEffect(() => {
    if (text.trim() === query) return;
    const timer = window.setTimeout(() => {
      const next = new URLSearchParams(params);
      if (text.trim()) next.set(name, text.trim());
      else next.delete(name);
      setParams(next, { replace: true });
    }, delayMs);
    return () => window.clearTimeout(timer);
  }, [text, query, params, setParams, name, delayMs]);

  return [query, text, setText];
}
