import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from '@commonground/web-ui';
import { Button as AriaButton, Dialog, DialogTrigger, Heading, Popover } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../lib/components';
import { MarkNotificationsReadMutation, NotificationBellQuery } from './funding.documents';
import { NotificationItem } from './funding-components';
import './funding.css';

const LATEST = 10;

function BellIcon() {
  return (
    <svg className="cg-bell__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path d="M12 3a6 6 0 0 0-6 6v3.6L4.3 15.4A1 1 0 0 0 5.2 17h13.6a1 1 0 0 0 .9-1.6L18 12.6V9a6 6 0 0 0-6-6Zm0 19a3 3 0 0 0 2.8-2H9.2A3 3 0 0 0 12 22Z" fill="currentColor" />
    </svg>
  );
}

/** The header's notifications: a button that says how many are unread and opens the latest, with links. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(NotificationBellQuery, { variables: { first: LATEST }, fetchPolicy: 'cache-and-network', pollInterval: 120_000 });
  const [markRead, marking] = useMutation(MarkNotificationsReadMutation, { refetchQueries: ['NotificationBell'] });
  const list = data?.notifications;
  const count = list?.unreadCount ?? 0;
  const name = count > 0 ? t('funding.notifications.button', { count }) : t('funding.notifications.buttonNone');
  return (
    <DialogTrigger onOpenChange={(open) => (open ? void refetch().catch(() => undefined) : undefined)}>
      <AriaButton className="cg-header-button cg-bell" aria-label={name}>
        <BellIcon />
        {count > 0 ? (
          <span className="cg-bell__count" aria-hidden="true">
            {count > 99 ? '99+' : count}
          </span>
        ) : null}
      </AriaButton>
      <Popover className="cg-popover cg-bell__popover" placement="bottom end">
        <Dialog className="cg-bell__dialog" aria-labelledby="notifications-title">
          {({ close }) => (
            <>
              <div className="cg-bell__header">
                <Heading slot="title" id="notifications-title" className="cg-bell__title">
                  {t('funding.notifications.title')}
                </Heading>
                {count > 0 ? (
                  <Button variant="quiet" isDisabled={marking.loading} onPress={() => void markRead().catch(() => undefined)}>
                    {t('funding.notifications.markRead')}
                  </Button>
                ) : null}
              </div>
              <ErrorAlert error={error ?? marking.error} />
              {list && list.items.length === 0 ? (
                <p className="cg-muted">{t('funding.notifications.none')}</p>
              ) : (
                <ul className="cg-notifications">
                  {(list?.items ?? []).map((item) => (
                    <NotificationItem key={item.id} item={item} onNavigate={close} />
                  ))}
                </ul>
              )}
              {list && list.unreadCount > list.items.filter((i) => !i.read).length ? <p className="cg-small cg-muted">{t('funding.notifications.more', { count: list.unreadCount })}</p> : null}
            </>
          )}
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}
