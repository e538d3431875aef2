import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';

import { useI18n } from '../app/i18n';
import { applyServerErrors, publishFormProblems } from './forms';

/**
 * Runs a form's save: on success a "saved" toast; on failure the API's field errors go beside their fields and
 * field errors that have no field of their own in this form (a list's, or a field it does not render) go to the
 * form's `<FormProblems>` at its top; a refusal or an outage that names no field becomes a toast.
 */
export function useSaveForm(form: FormInstance) {
  const { t, tv } = useI18n();
  const { message } = App.useApp();
  return useCallback(
    async (save: () => Promise<void>, { quiet = false } = {}): Promise<boolean> => {
      publishFormProblems(form, []);
      try {
        await save();
        if (!quiet) message.success(t('common.saved'));
        return true;
      } catch (e) {
        const rest = applyServerErrors(form, e, tv);
        if (rest.fields.length) message.error(t('common.notSaved'));
        else if (!rest.applied) message.error(tv(rest));
        return false;
      }
    },
    [form, message, t, tv],
  );
}
