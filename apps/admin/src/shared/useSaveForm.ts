import { useCallback } from 'react';
import { App, type FormInstance } from 'antd';
import { useI18n } from '../app/i18n';
import { applyServerErrors } from './forms';

/**
 * Runs a form's save: on success a "saved" toast; on failure the API's field errors go beside their fields and
 * only what cannot be shown there (another field's problem, a refusal, an outage) becomes a toast.
 */
export function useSaveForm(form: FormInstance) {
  const { t, tv } = useI18n();
  const { message } = App.useApp();
  return useCallback(
    async (save: () => Promise<void>, { quiet = false } = {}): Promise<boolean> => {
      try {
        await save();
        if (!quiet) message.success(t('common.saved'));
        return true;
      } catch (e) {
        const rest = applyServerErrors(form, e, tv);
        if (rest.fields.length) message.error(rest.fields.map((f) => tv(f.message)).join('; '));
        else if (!rest.applied) message.error(tv(rest.message));
        return false;
      }
    },
    [form, message, t, tv],
  );
}
