import { useMutation } from '@apollo/client/react';
import { Button, ComboBoxField, FormActions, TextField } from '@commonground/web-ui';
import { useRef, useState, type FormEvent } from 'react';
import { Dialog, DialogTrigger, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { JointAuditFieldsFragment } from '../../gql/graphql';
import { ErrorAlert } from '../../lib/components';
import { focusFirstInvalid, useValidationErrors } from '../../lib/forms';
import { useMoney } from '../membership/membership-components';
import { currencyOptions } from '../membership/money';
import { ProposeJointAuditMutation } from './smelters.documents';
import { evictSmelterData } from './smelters-components';

/** Propose a joint audit of a smelter without evidence, with an optional estimated cost to split. */
export function ProposeJointAuditForm({ smelter, onDone, onCancel }: { smelter: { id: string; name: string }; onDone: (audit: JointAuditFieldsFragment) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const money = useMoney();
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState<string | null>('USD');
  const [error, setError] = useState<unknown>(undefined);
  const [local, setLocal] = useState<Record<string, string> | null>(null);
  const [fieldOf] = useState(() => (path: string) => (path.startsWith('estimatedCost.currency') ? 'currency' : path.startsWith('estimatedCost') ? 'amount' : null));
  const { fieldErrors, others } = useValidationErrors(error, fieldOf, local);
  const [propose, { loading }] = useMutation(ProposeJointAuditMutation, { update: evictSmelterData });
  const formRef = useRef<HTMLFormElement>(null);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    setLocal(null);
    let estimatedCost: { amountMinor: number; currency: string } | null = null;
    if (amount.trim()) {
      const parsed = money.parse(amount, currency ?? 'USD');
      if (!parsed.ok) {
        setLocal({ amount: parsed.error });
        focusFirstInvalid(formRef.current);
        return;
      }
      estimatedCost = { amountMinor: parsed.minor, currency: currency ?? 'USD' };
    }
    try {
      const { data } = await propose({ variables: { smelterId: smelter.id, estimatedCost } });
      if (data) onDone(data.proposeJointAudit);
    } catch (e) {
      setError(e);
      focusFirstInvalid(formRef.current);
    }
  };
  return (
    <Form ref={formRef} onSubmit={onSubmit} validationErrors={fieldErrors} className="cg-form" aria-label={t('smelters.joint.proposeFor', { smelter: smelter.name })}>
      <p>{t('smelters.joint.proposeHelp')}</p>
      <ErrorAlert errors={others} />
      <div className="cg-fields-row">
        <TextField label={t('smelters.joint.estimatedCost')} name="amount" inputMode="decimal" value={amount} onChange={setAmount} description={t('smelters.joint.estimatedCostHelp')} />
        <ComboBoxField label={t('smelters.joint.currency')} name="currency" options={currencyOptions(money.language)} value={currency} onChange={setCurrency} />
      </div>
      <FormActions>
        <Button type="submit" variant="primary" isDisabled={loading}>
          {loading ? t('common.saving') : t('smelters.joint.propose')}
        </Button>
        <Button variant="secondary" onPress={onCancel}>
          {t('common.cancel')}
        </Button>
      </FormActions>
    </Form>
  );
}

/** "Propose a joint audit" and its dialog; the button is named after the smelter where several are listed. */
export function ProposeJointAuditButton({
  smelter,
  onDone,
  variant = 'secondary',
  named = false,
}: {
  smelter: { id: string; name: string };
  onDone: (audit: JointAuditFieldsFragment) => void;
  variant?: 'primary' | 'secondary';
  named?: boolean;
}) {
  const { t } = useTranslation();
  const title = t('smelters.joint.proposeFor', { smelter: smelter.name });
  return (
    <DialogTrigger>
      <Button variant={variant} aria-label={named ? title : undefined}>
        {t('smelters.joint.proposeButton')}
      </Button>
      <ModalOverlay className="cg-modal-overlay" isDismissable>
        <Modal className="cg-modal">
          <Dialog className="cg-dialog">
            {({ close }) => (
              <>
                <Heading slot="title" className="cg-dialog__title">
                  {title}
                </Heading>
                <ProposeJointAuditForm
                  smelter={smelter}
                  onCancel={close}
                  onDone={(audit) => {
                    close();
                    onDone(audit);
                  }}
                />
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
