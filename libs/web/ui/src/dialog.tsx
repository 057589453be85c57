import type { ReactNode } from 'react';
import { Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Button, type ButtonVariant } from './button';
import { useUiStrings } from './strings';

/** A button that asks for confirmation in a modal dialog before acting. */
export function ConfirmButton({
  label,
  title,
  message,
  confirmLabel,
  onConfirm,
  variant = 'secondary',
  confirmVariant = 'danger',
  isDisabled,
}: {
  label: ReactNode;
  title: ReactNode;
  message: ReactNode;
  confirmLabel: ReactNode;
  onConfirm: () => void | Promise<void>;
  variant?: ButtonVariant;
  confirmVariant?: ButtonVariant;
  isDisabled?: boolean;
}) {
  const strings = useUiStrings();
  return (
    <DialogTrigger>
      <Button variant={variant} isDisabled={isDisabled}>
        {label}
      </Button>
      <ModalOverlay className="cg-modal-overlay" isDismissable>
        <Modal className="cg-modal">
          <Dialog role="alertdialog" className="cg-dialog">
            {({ close }) => (
              <>
                <Heading slot="title" className="cg-dialog__title">
                  {title}
                </Heading>
                <div className="cg-dialog__body">{message}</div>
                <div className="cg-form-actions">
                  <Button variant="secondary" onPress={close} autoFocus>
                    {strings.cancel}
                  </Button>
                  <Button
                    variant={confirmVariant}
                    onPress={async () => {
                      close();
                      await onConfirm();
                    }}
                  >
                    {confirmLabel}
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

/**
 * A button that opens a modal dialog with its own content, e.g. a small form.
 * `children` receives `close` to call once the work is done.
 */
export function DialogButton({
  label,
  title,
  children,
  variant = 'secondary',
  isDisabled,
}: {
  label: ReactNode;
  title: ReactNode;
  children: (close: () => void) => ReactNode;
  variant?: ButtonVariant;
  isDisabled?: boolean;
}) {
  return (
    <DialogTrigger>
      <Button variant={variant} isDisabled={isDisabled}>
        {label}
      </Button>
      <ModalOverlay className="cg-modal-overlay" isDismissable>
        <Modal className="cg-modal">
          <Dialog className="cg-dialog">
            {({ close }) => (
              <>
                <Heading slot="title" className="cg-dialog__title">
                  {title}
                </Heading>
                {children(close)}
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
