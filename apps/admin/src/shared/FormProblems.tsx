import { Alert, type FormInstance } from 'antd';
import { useSyncExternalStore } from 'react';

import { formProblemsOf, subscribeFormProblems } from './forms';

/**
 * The top of a form: the server's field errors that cannot stand beside a field of it (an error on a list such
 * as a run of show's products, or on a field this form does not render). Every form that saves through
 * `useSaveForm` renders one, so no refusal goes unseen.
 */
export function FormProblems({ form }: { form: FormInstance }) {
  const messages = useSyncExternalStore(
    (l) => subscribeFormProblems(form, l),
    () => formProblemsOf(form),
  );
  if (!messages.length) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="form-problems"
      style={{ marginBottom: 16 }}
      title={
        messages.length === 1 ? (
          messages[0]
        ) : (
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {messages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        )
      }
    />
  );
}
