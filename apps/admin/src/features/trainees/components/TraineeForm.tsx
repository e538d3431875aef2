import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import {
  canMoveTrainee,
  StreamPlatform,
  traineeFields,
  type TraineeStatus as Status,
  TraineeStatus,
} from '@grassroots/domain';
import { Button, Drawer, Form, Input, Select, Space } from 'antd';
import { useEffect } from 'react';

import { useI18n } from '../../../app/i18n';
import { useEnumOptions } from '../../../shared/EnumTag';
import { FormProblems } from '../../../shared/FormProblems';
import { zodRule } from '../../../shared/forms';
import { useSaveForm } from '../../../shared/useSaveForm';
import { CREATE_TRAINEE, UPDATE_TRAINEE } from '../graphql';

export interface TraineeValues {
  id?: string;
  name: string;
  phone: string;
  nationalId?: string;
  hometown: string | null;
  background?: string | null;
  status?: string;
  platformAccounts?: { platform: string; handle: string }[];
}

export function TraineeForm({
  open,
  trainee,
  onClose,
}: {
  open: boolean;
  trainee?: TraineeValues | null;
  onClose: (savedId?: string) => void;
}) {
  const { t, tv } = useI18n();
  const [form] = Form.useForm<TraineeValues>();
  const save = useSaveForm(form);
  const [create, c] = useMutation(CREATE_TRAINEE);
  const [update, u] = useMutation(UPDATE_TRAINEE);
  const platformOptions = useEnumOptions('StreamPlatform', Object.values(StreamPlatform));
  const statusOptions = useEnumOptions('TraineeStatus', Object.values(TraineeStatus)).filter(
    (o) => !trainee?.status || canMoveTrainee(trainee.status as Status, o.value as Status),
  );

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(
        trainee
          ? {
              ...trainee,
              platformAccounts: trainee.platformAccounts?.map(({ platform, handle }) => ({ platform, handle })),
            }
          : { platformAccounts: [] },
      );
    }
  }, [open, trainee, form]);

  const onFinish = (v: TraineeValues) =>
    save(async () => {
      if (trainee?.id) {
        const { nationalId, ...rest } = v;
        await update({
          variables: { input: { ...rest, ...(nationalId ? { nationalId } : {}), id: trainee.id } as never },
        });
        onClose(trainee.id);
      } else {
        const r = await create({ variables: { input: v as never } });
        onClose(r.data?.createTrainee.id);
      }
    });

  return (
    <Drawer
      open={open}
      title={t(trainee ? 'trainee.edit' : 'trainee.new')}
      onClose={() => onClose()}
      size={520}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <FormProblems form={form} />
        <Form.Item name="name" label={t('trainee.name')} rules={[zodRule(traineeFields.name, tv)]}>
          <Input />
        </Form.Item>
        <Form.Item name="phone" label={t('trainee.phone')} rules={[zodRule(traineeFields.phone, tv)]}>
          <Input inputMode="tel" maxLength={11} />
        </Form.Item>
        <Form.Item
          name="nationalId"
          label={t('trainee.nationalId')}
          rules={[zodRule(trainee ? traineeFields.nationalId.optional() : traineeFields.nationalId, tv)]}
          extra={trainee ? (trainee as { nationalIdMasked?: string }).nationalIdMasked : undefined}
        >
          <Input maxLength={18} autoComplete="off" />
        </Form.Item>
        <Form.Item name="hometown" label={t('trainee.hometown')} rules={[zodRule(traineeFields.hometown, tv)]}>
          <Input />
        </Form.Item>
        <Form.Item name="background" label={t('trainee.background')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        {trainee && (
          <Form.Item name="status" label={t('trainee.status')}>
            <Select options={statusOptions} />
          </Form.Item>
        )}
        <Form.List name="platformAccounts">
          {(fields, { add, remove }) => (
            <Form.Item label={t('trainee.platformAccounts')}>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item name={[f.name, 'platform']} rules={[{ required: true, message: t('trainee.platform') }]}>
                    <Select options={platformOptions} style={{ width: 140 }} placeholder={t('trainee.platform')} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'handle']} rules={[{ required: true, message: t('trainee.handle') }]}>
                    <Input placeholder={t('trainee.handle')} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ platform: 'DOUYIN', handle: '' })}>
                {t('trainee.addAccount')}
              </Button>
            </Form.Item>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit" loading={c.loading || u.loading} block>
          {t('common.save')}
        </Button>
      </Form>
    </Drawer>
  );
}
