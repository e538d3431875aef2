import { useMutation } from '@apollo/client/react';
import { sponsorFields } from '@grassroots/domain';
import { Button, Drawer, Form, Input } from 'antd';
import { useEffect } from 'react';

import { useI18n } from '../../../app/i18n';
import type { SponsorsQuery } from '../../../gql/graphql';
import { FormProblems } from '../../../shared/FormProblems';
import { zodRule } from '../../../shared/forms';
import { useSaveForm } from '../../../shared/useSaveForm';
import { CREATE_SPONSOR, UPDATE_SPONSOR } from '../graphql';

type Sponsor = SponsorsQuery['sponsors']['items'][number];

export function SponsorForm({
  open,
  sponsor,
  onClose,
}: {
  open: boolean;
  sponsor?: Sponsor | null;
  onClose: (saved: boolean) => void;
}) {
  const { t, tv } = useI18n();
  const [form] = Form.useForm();
  const save = useSaveForm(form);
  const [create, c] = useMutation(CREATE_SPONSOR);
  const [update, u] = useMutation(UPDATE_SPONSOR);

  useEffect(() => {
    if (open) {
      form.resetFields();
      if (sponsor) form.setFieldsValue(sponsor);
    }
  }, [open, sponsor, form]);

  const onFinish = (values: Record<string, string>) =>
    save(async () => {
      if (sponsor) await update({ variables: { input: { id: sponsor.id, ...values } } });
      else await create({ variables: { input: values as never } });
      onClose(true);
    });

  return (
    <Drawer
      open={open}
      title={t(sponsor ? 'sponsor.edit' : 'sponsor.new')}
      onClose={() => onClose(false)}
      size={440}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <FormProblems form={form} />
        <Form.Item name="name" label={t('sponsor.name')} rules={[zodRule(sponsorFields.name, tv)]}>
          <Input placeholder="疏附县乡村振兴局" />
        </Form.Item>
        <Form.Item name="region" label={t('sponsor.region')} rules={[zodRule(sponsorFields.region, tv)]}>
          <Input placeholder="新疆喀什地区疏附县" />
        </Form.Item>
        <Form.Item name="contactName" label={t('sponsor.contactName')} rules={[zodRule(sponsorFields.contactName, tv)]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="contactPhone"
          label={t('sponsor.contactPhone')}
          rules={[zodRule(sponsorFields.contactPhone, tv)]}
        >
          <Input inputMode="tel" />
        </Form.Item>
        <Form.Item
          name="contactEmail"
          label={t('sponsor.contactEmail')}
          rules={[zodRule(sponsorFields.contactEmail, tv)]}
        >
          <Input inputMode="email" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={c.loading || u.loading} block>
          {t('common.save')}
        </Button>
      </Form>
    </Drawer>
  );
}
