import type { ReactNode } from 'react';

const URL_PATTERN = /(https?:\/\/[^\s<>"')\]]+)/g;

/** Plain text with its web addresses turned into links; line breaks are kept. */
export function LinkifiedText({ text, className, renderLink }: { text: string; className?: string; renderLink?: (href: string) => ReactNode }) {
  const parts = text.split(URL_PATTERN);
  return (
    <div className={['cg-pre', className].filter(Boolean).join(' ')}>
      {parts.map((part, index) => {
        if (index % 2 === 1) {
          const href = part.replace(/[.,;:!?]+$/, '');
          const trailing = part.slice(href.length);
          return (
            <span key={index}>
              {renderLink ? renderLink(href) : <a href={href}>{href}</a>}
              {trailing}
            </span>
          );
        }
        return <span key={index}>{part}</span>;
      })}
    </div>
  );
}
