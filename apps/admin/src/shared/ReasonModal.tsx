import { Form, Input, Modal } from 'antd';

import { FormProblems } from './FormProblems';
import { useSaveForm } from './useSaveForm';

/**
 * Asks for the reason behind a destructive decision (withdraw, drop …) and runs it; the API's field errors show
 * under the reason, anything else as a toast.
 */
export function ReasonModal({
  open,
  title,
  label,
  requiredMessage,
  loading,
  onSubmit,
  onCancel,
}: {
  open: boolean;
  title: string;
  label: string;
  requiredMessage: string;
  loading: boolean;
  onSubmit: (reason: string) => Promise<void>;
  onCancel: () => void;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  const save = useSaveForm(form);
  return (
    <Modal
      open={open}
      title={title}
      okButtonProps={{ danger: true, loading }}
      onCancel={onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={({ reason }) => save(() => onSubmit(reason))}>
        <FormProblems form={form} />
        <Form.Item name="reason" label={label} rules={[{ required: true, min: 2, message: requiredMessage }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
