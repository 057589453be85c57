import { NotFoundContent } from '../../lib/components';

export function NotFoundPage() {
  return <NotFoundContent />;
}
