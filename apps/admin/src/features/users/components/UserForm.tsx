import { useMutation, useQuery } from '@apollo/client/react';
import { passwordSchema, Role, ROLES } from '@grassroots/domain';
import { Button, Drawer, Form, Input, Select } from 'antd';
import { useEffect, useState } from 'react';

import { useI18n } from '../../../app/i18n';
import type { MessageKey } from '../../../app/messages';
import { FormProblems } from '../../../shared/FormProblems';
import { zodRule } from '../../../shared/forms';
import { useTraineeLabel } from '../../../shared/TraineeName';
import { useSaveForm } from '../../../shared/useSaveForm';
import { SPONSOR_OPTIONS } from '../../sponsors/graphql';
import { TRAINEE_OPTIONS } from '../../trainees/graphql';
import { CREATE_USER, UPDATE_USER } from '../graphql';

export interface UserValues {
  id?: string;
  email?: string;
  name: string;
  role: string;
  password?: string;
  traineeId?: string | null;
  sponsorId?: string | null;
}

export function UserForm({
  open,
  user,
  onClose,
}: {
  open: boolean;
  user?: UserValues | null;
  onClose: (saved: boolean) => void;
}) {
  const { t, tv } = useI18n();
  const traineeLabel = useTraineeLabel();
  const [form] = Form.useForm<UserValues>();
  const save = useSaveForm(form);
  const role = Form.useWatch('role', form);
  const [traineeSearch, setTraineeSearch] = useState('');
  const sponsors = useQuery(SPONSOR_OPTIONS, { skip: !open || role !== Role.SPONSOR });
  const trainees = useQuery(TRAINEE_OPTIONS, {
    skip: !open || role !== Role.TRAINEE,
    variables: { search: traineeSearch || undefined },
  });
  const [create, c] = useMutation(CREATE_USER);
  const [update, u] = useMutation(UPDATE_USER);

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(user ?? { role: Role.COORDINATOR });
    }
  }, [open, user, form]);

  const onFinish = (v: UserValues) =>
    save(async () => {
      if (user?.id)
        await update({
          variables: {
            input: {
              id: user.id,
              name: v.name,
              role: v.role as Role,
              traineeId: v.traineeId ?? null,
              sponsorId: v.sponsorId ?? null,
            },
          },
        });
      else await create({ variables: { input: v as never } });
      onClose(true);
    });

  return (
    <Drawer
      open={open}
      title={t(user ? 'user.edit' : 'user.new')}
      onClose={() => onClose(false)}
      size={440}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <FormProblems form={form} />
        <Form.Item
          name="email"
          label={t('user.email')}
          rules={[{ required: true, type: 'email', message: tv('common.enterValidEmail') }]}
        >
          <Input disabled={!!user} inputMode="email" autoComplete="off" />
        </Form.Item>
        <Form.Item name="name" label={t('user.name')} rules={[{ required: true, message: tv('common.nameRequired') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="role" label={t('user.role')}>
          <Select options={ROLES.map((r) => ({ value: r, label: t(`role.${r}` as MessageKey) }))} />
        </Form.Item>
        {role === Role.TRAINEE && (
          <Form.Item
            name="traineeId"
            label={t('user.trainee')}
            rules={[{ required: true, message: tv('users.traineeAccountNeedsTrainee') }]}
          >
            <Select
              showSearch
              filterOption={false}
              onSearch={setTraineeSearch}
              loading={trainees.loading}
              options={trainees.data?.trainees.items.map((x) => ({
                value: x.id,
                label: `${traineeLabel(x)} · ${x.phone}`,
              }))}
            />
          </Form.Item>
        )}
        {role === Role.SPONSOR && (
          <Form.Item
            name="sponsorId"
            label={t('user.sponsor')}
            rules={[{ required: true, message: tv('users.sponsorAccountNeedsSponsor') }]}
          >
            <Select
              showSearch
              optionFilterProp="label"
              options={sponsors.data?.sponsors.items.map((s) => ({ value: s.id, label: s.name }))}
            />
          </Form.Item>
        )}
        {!user && (
          <Form.Item name="password" label={t('user.password')} rules={[zodRule(passwordSchema, tv)]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={c.loading || u.loading} block>
          {t('common.save')}
        </Button>
      </Form>
    </Drawer>
  );
}
