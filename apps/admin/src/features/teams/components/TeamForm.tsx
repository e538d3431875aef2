import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { MAX_TEAM_SIZE, teamCompositionProblems, teamFields, type TeamMemberInput, TeamRole } from '@grassroots/domain';
import { Alert, Button, Drawer, Form, Input, Select, Space, Typography } from 'antd';
import { useEffect } from 'react';

import { useI18n } from '../../../app/i18n';
import { enumOptions } from '../../../shared/EnumTag';
import { FormProblems } from '../../../shared/FormProblems';
import { zodRule } from '../../../shared/forms';
import { useSaveForm } from '../../../shared/useSaveForm';
import { COHORT_OPTIONS } from '../../cohorts/graphql';
import { CREATE_TEAM, STAFF_WORKLOAD, UPDATE_TEAM } from '../graphql';

interface Values {
  cohortId?: string;
  name: string;
  members: TeamMemberInput[];
}

const ROLE_ORDER = Object.values(TeamRole);

/**
 * Builds or changes a team: 3–4 SUPPORT staff, each in one role. The same composition rules as the API run as you
 * type; each person's current load is shown against the cap so the coordinator can pick someone with room.
 */
export function TeamForm({
  open,
  team,
  onClose,
}: {
  open: boolean;
  team?: { id: string; name: string; members: TeamMemberInput[] } | null;
  onClose: (savedId?: string) => void;
}) {
  const { t, tv, enumLabel } = useI18n();
  const [form] = Form.useForm<Values>();
  const save = useSaveForm(form);
  const staff = useQuery(STAFF_WORKLOAD, { skip: !open, fetchPolicy: 'network-only' });
  const cohorts = useQuery(COHORT_OPTIONS, { skip: !open || !!team });
  const [create, c] = useMutation(CREATE_TEAM);
  const [update, u] = useMutation(UPDATE_TEAM);
  const members = Form.useWatch('members', form) ?? [];
  const problems = teamCompositionProblems(
    members.filter(Boolean).map((m) => ({ userId: m?.userId ?? '', role: m?.role })),
  );

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(
        team
          ? { name: team.name, members: team.members }
          : { members: ROLE_ORDER.map((role) => ({ userId: undefined as unknown as string, role })) },
      );
    }
  }, [open, team, form]);

  const onFinish = (v: Values) =>
    save(async () => {
      if (team) {
        await update({ variables: { input: { id: team.id, name: v.name, members: v.members } } });
        onClose(team.id);
      } else {
        const r = await create({ variables: { input: { cohortId: v.cohortId!, name: v.name, members: v.members } } });
        onClose(r.data?.createTeam.id);
      }
    });

  const staffOptions = (staff.data?.staffWorkload ?? []).map((s) => ({
    value: s.user.id,
    label: s.user.name,
    load: s.load,
    cap: s.cap,
    disabled: s.load >= s.cap,
  }));

  return (
    <Drawer open={open} title={t(team ? 'team.edit' : 'team.new')} onClose={() => onClose()} size={560} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <FormProblems form={form} />
        {!team && (
          <Form.Item
            name="cohortId"
            label={t('team.cohort')}
            rules={[{ required: true, message: tv('common.chooseCohort') }]}
          >
            <Select
              showSearch
              optionFilterProp="label"
              loading={cohorts.loading}
              options={cohorts.data?.cohorts.items.map((x) => ({ value: x.id, label: x.name }))}
            />
          </Form.Item>
        )}
        <Form.Item name="name" label={t('team.name')} rules={[zodRule(teamFields.name, tv)]}>
          <Input placeholder="红枣一组" />
        </Form.Item>
        <Typography.Text strong>{t('team.members')}</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('team.rules')}
        </Typography.Paragraph>
        <Form.List name="members">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Space key={f.key} align="start" style={{ display: 'flex' }} data-testid={`member-${i}`}>
                  <Form.Item
                    name={[f.name, 'role']}
                    style={{ width: 130 }}
                    rules={[{ required: true, message: tv('common.fieldRequired') }]}
                  >
                    <Select
                      aria-label={`${t('team.role')} ${i + 1}`}
                      options={enumOptions(enumLabel, 'TeamRole', ROLE_ORDER)}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'userId']}
                    style={{ width: 300 }}
                    rules={[{ required: true, message: tv('teams.chooseStaffMember') }]}
                  >
                    <Select
                      aria-label={`${t('team.person')} ${i + 1}`}
                      showSearch
                      optionFilterProp="label"
                      loading={staff.loading}
                      placeholder={t('team.person')}
                      options={staffOptions}
                      optionRender={(o) => (
                        <Space style={{ justifyContent: 'space-between', width: '100%' }}>
                          <span>{o.data.label}</span>
                          <Typography.Text type={o.data.load >= o.data.cap ? 'danger' : 'secondary'}>
                            {t('team.load', { n: o.data.load, cap: o.data.cap })}
                          </Typography.Text>
                        </Space>
                      )}
                    />
                  </Form.Item>
                  {fields.length > 3 && (
                    <MinusCircleOutlined
                      style={{ marginTop: 9 }}
                      onClick={() => remove(f.name)}
                      aria-label={t('team.removeMember')}
                    />
                  )}
                </Space>
              ))}
              {fields.length < MAX_TEAM_SIZE && (
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ role: 'PLANNER' })}
                  style={{ marginBottom: 12 }}
                >
                  {t('team.addMember')}
                </Button>
              )}
            </>
          )}
        </Form.List>
        {members.every((m) => m?.userId && m?.role) && problems.length > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={problems.map((p) => tv(p)).join('; ')}
            data-testid="team-problems"
          />
        )}
        <Space>
          <Button type="primary" htmlType="submit" loading={c.loading || u.loading}>
            {t('common.save')}
          </Button>
          <Button onClick={() => onClose()}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Drawer>
  );
}
