import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { REPLY_MAX_CHARS, REPORT_ATTACHMENTS_MAX } from '@grassroots/domain';
import { App, Button, Form, Input, List, Modal, Typography, Upload } from 'antd';
import { useState } from 'react';

import { useI18n } from '../../../app/i18n';
import { FormProblems } from '../../../shared/FormProblems';
import { problemOf } from '../../../shared/forms';
import { uploadFile } from '../../../shared/upload';
import { useSaveForm } from '../../../shared/useSaveForm';
import { SUBMIT_REPORT } from '../graphql';

interface Sent {
  id: string;
  originalName: string;
  size: number;
}

/**
 * Resubmits a returned report with the coordinator's answer to the sponsor's comments and any documents (the
 * platform's after-sales export, a letter). Files upload one by one as they are chosen; the reply is checked inline.
 */
export function ResubmitModal({
  report,
  open,
  onClose,
}: {
  report: { id: string; version: number; returnComments?: string | null };
  open: boolean;
  onClose: (sent: boolean) => void;
}) {
  const { t, tv } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reply: string }>();
  const save = useSaveForm(form);
  const [files, setFiles] = useState<Sent[]>([]);
  const [uploading, setUploading] = useState(false);
  const [submit, { loading }] = useMutation(SUBMIT_REPORT);

  const attach = async (file: File) => {
    setUploading(true);
    try {
      const f = await uploadFile('report-attachments', file);
      setFiles((fs) => [...fs, { id: f.id, originalName: f.originalName, size: f.size }]);
    } catch (e) {
      message.error(tv(problemOf(e)));
    } finally {
      setUploading(false);
    }
  };

  const onFinish = async ({ reply }: { reply: string }) => {
    const ok = await save(async () => {
      await submit({
        variables: {
          input: { reportId: report.id, version: report.version, reply, attachmentIds: files.map((f) => f.id) },
        },
      });
    });
    if (ok) {
      setFiles([]);
      form.resetFields();
      onClose(true);
    }
  };

  return (
    <Modal
      open={open}
      width={640}
      title={t('report.reply.title')}
      okText={t('report.resubmit')}
      okButtonProps={{ loading, disabled: uploading }}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      {report.returnComments && (
        <Typography.Paragraph type="secondary" data-testid="return-comments">
          {t('report.returnedWith')}: {report.returnComments}
        </Typography.Paragraph>
      )}
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <FormProblems form={form} />
        <Form.Item
          name="reply"
          label={t('report.reply.label')}
          rules={[
            { required: true, whitespace: true, message: tv('reporting.answerSponsorsComments') },
            { max: REPLY_MAX_CHARS, message: tv('common.mostCharacters', { max: REPLY_MAX_CHARS }) },
          ]}
        >
          <Input.TextArea rows={5} showCount maxLength={REPLY_MAX_CHARS} />
        </Form.Item>
        <Form.Item
          label={t('report.reply.attachments')}
          extra={t('report.reply.attachmentsHelp', { n: REPORT_ATTACHMENTS_MAX })}
        >
          <Upload
            accept=".pdf,.jpg,.jpeg,.png,.webp,.xlsx,.csv"
            showUploadList={false}
            disabled={uploading || files.length >= REPORT_ATTACHMENTS_MAX}
            beforeUpload={(file) => {
              void attach(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={uploading} disabled={files.length >= REPORT_ATTACHMENTS_MAX}>
              {t('report.reply.attach')}
            </Button>
          </Upload>
          {files.length > 0 && (
            <List
              size="small"
              data-testid="reply-attachments"
              dataSource={files}
              renderItem={(f) => (
                <List.Item
                  actions={[
                    <Button
                      key="rm"
                      size="small"
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={t('report.reply.remove')}
                      onClick={() => setFiles((fs) => fs.filter((x) => x.id !== f.id))}
                    />,
                  ]}
                >
                  <PaperClipOutlined /> {f.originalName}{' '}
                  <Typography.Text type="secondary">({Math.ceil(f.size / 1024)} KB)</Typography.Text>
                </List.Item>
              )}
            />
          )}
        </Form.Item>
      </Form>
    </Modal>
  );
}
