import { useMutation, useQuery } from '@apollo/client/react';
import { KIND_META, NOTIFICATION_KINDS, ROBOT_PLATFORMS } from '@grassroots/domain';
import { Button, Card, Form, Input, Modal, Radio, Select, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';

import { useI18n } from '../../../app/i18n';
import { useSaveForm } from '../../../shared/useSaveForm';
import { CHANNELS, SAVE_CHANNEL } from '../graphql';
import { useNt } from '../messages';

type Channel = NonNullable<
  ReturnType<typeof useQuery<import('../../../gql/graphql').NotificationChannelsQuery>>['data']
>['notificationChannels'][number];
const PLATFORM_NAMES: Record<string, string> = {
  WECOM: '企业微信 WeCom',
  DINGTALK: '钉钉 DingTalk',
  FEISHU: '飞书 Feishu',
};

/** ADMIN: group robots per team or program. The URL and secret are write-only (masked once saved). */
export function NotificationChannelsPage() {
  const nt = useNt();
  const { t } = useI18n();
  const { data, loading } = useQuery(CHANNELS);
  const [save, saving] = useMutation(SAVE_CHANNEL, { refetchQueries: [CHANNELS] });
  const [editing, setEditing] = useState<Channel | 'new' | null>(null);
  const [form] = Form.useForm();
  const run = useSaveForm(form);
  const scope = Form.useWatch('scope', form) as 'TEAM' | 'PROGRAM' | undefined;
  const open = (c: Channel | 'new') => {
    setEditing(c);
    form.resetFields();
    if (c !== 'new') form.setFieldsValue({ ...c, scope: c.teamId ? 'TEAM' : 'PROGRAM', webhookUrl: '', secret: '' });
    else form.setFieldsValue({ platform: 'WECOM', scope: 'TEAM', kinds: [], active: true, locale: 'zh-CN' });
  };
  const kinds = NOTIFICATION_KINDS.filter((k) => KIND_META[k].robot === (scope ?? 'TEAM'));
  return (
    <Card
      title={nt('channels.title')}
      extra={
        <Button type="primary" onClick={() => open('new')}>
          {nt('channels.new')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{nt('channels.intro')}</Typography.Paragraph>
      <Table
        rowKey="id"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={data?.notificationChannels ?? []}
        scroll={{ x: 800 }}
        columns={[
          {
            title: nt('channels.name'),
            dataIndex: 'name',
            render: (n: string, c) => <a onClick={() => open(c)}>{n}</a>,
          },
          { title: nt('channels.platform'), dataIndex: 'platform', render: (p: string) => PLATFORM_NAMES[p] ?? p },
          { title: nt('channels.scope'), key: 'scope', render: (_, c) => c.teamName ?? c.programName },
          {
            title: nt('channels.webhook'),
            dataIndex: 'webhookMasked',
            render: (m: string, c) => (
              <>
                {m} {c.hasSecret && <Tag color="green">{nt('channels.hasSecret')}</Tag>}
              </>
            ),
          },
          {
            title: nt('channels.kinds'),
            dataIndex: 'kinds',
            render: (ks: string[]) => (ks.length ? ks.map((k) => <Tag key={k}>{nt(`kind.${k}`)}</Tag>) : '—'),
          },
          {
            title: nt('channels.active'),
            dataIndex: 'active',
            width: 80,
            render: (a: boolean) => (a ? t('common.yes') : t('common.no')),
          },
        ]}
      />
      <Modal
        open={!!editing}
        title={editing === 'new' ? nt('channels.new') : nt('channels.title')}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        okButtonProps={{ loading: saving.loading }}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) =>
            run(async () => {
              const id = editing !== 'new' ? editing?.id : undefined;
              await save({
                variables: {
                  input: {
                    id,
                    name: v.name,
                    platform: v.platform,
                    teamId: v.scope === 'TEAM' ? v.teamId : null,
                    programId: v.scope === 'PROGRAM' ? v.programId : null,
                    webhookUrl: v.webhookUrl || null,
                    secret: v.secret || null,
                    kinds: v.kinds ?? [],
                    locale: v.locale,
                    active: v.active,
                  },
                },
              });
              setEditing(null);
            })
          }
        >
          <Form.Item name="name" label={nt('channels.name')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="platform" label={nt('channels.platform')}>
            <Radio.Group options={ROBOT_PLATFORMS.map((p) => ({ value: p, label: PLATFORM_NAMES[p] }))} />
          </Form.Item>
          <Form.Item name="scope" label={nt('channels.scope')}>
            <Radio.Group
              options={[
                { value: 'TEAM', label: nt('channels.team') },
                { value: 'PROGRAM', label: nt('channels.program') },
              ]}
              onChange={() => form.setFieldValue('kinds', [])}
            />
          </Form.Item>
          {scope === 'PROGRAM' ? (
            <Form.Item name="programId" label={nt('channels.program')} rules={[{ required: true }]}>
              <Select
                showSearch
                optionFilterProp="label"
                options={(data?.programs.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
              />
            </Form.Item>
          ) : (
            <Form.Item name="teamId" label={nt('channels.team')} rules={[{ required: true }]}>
              <Select
                showSearch
                optionFilterProp="label"
                options={(data?.teams.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
              />
            </Form.Item>
          )}
          <Form.Item
            name="webhookUrl"
            label={nt('channels.webhook')}
            extra={editing !== 'new' ? nt('channels.webhookKeep') : undefined}
            rules={[{ required: editing === 'new' }]}
          >
            <Input.Password autoComplete="off" visibilityToggle={false} placeholder="https://…" />
          </Form.Item>
          <Form.Item
            name="secret"
            label={nt('channels.secret')}
            extra={editing !== 'new' ? nt('channels.secretKeep') : undefined}
          >
            <Input.Password autoComplete="off" visibilityToggle={false} />
          </Form.Item>
          <Form.Item name="kinds" label={nt('channels.kinds')}>
            <Select mode="multiple" options={kinds.map((k) => ({ value: k, label: nt(`kind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="locale" label={nt('prefs.language')}>
            <Radio.Group
              options={[
                { value: 'zh-CN', label: '中文' },
                { value: 'en', label: 'English' },
              ]}
            />
          </Form.Item>
          <Form.Item name="active" label={nt('channels.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
