import { useMutation, useQuery } from '@apollo/client/react';
import { graduationCriteriaFields, programFields } from '@grassroots/domain';
import { DEFAULT_TIME_ZONE } from '@grassroots/domain';
import { Button, Col, Divider, Drawer, Form, Input, InputNumber, Row, Select } from 'antd';
import { useEffect } from 'react';

import { useI18n } from '../../../app/i18n';
import { DateInput, dateItemProps } from '../../../shared/DateField';
import { FormProblems } from '../../../shared/FormProblems';
import { zodRule } from '../../../shared/forms';
import { useSaveForm } from '../../../shared/useSaveForm';
import { SPONSOR_OPTIONS } from '../../sponsors/graphql';
import { CREATE_PROGRAM, UPDATE_PROGRAM } from '../graphql';

/** The zones a program can pick: China's two in common use first, then every IANA zone the browser knows. */
const TIME_ZONES = [...new Set([DEFAULT_TIME_ZONE, 'Asia/Urumqi', ...(Intl.supportedValuesOf?.('timeZone') ?? [])])];

export interface ProgramValues {
  id?: string;
  sponsorId?: string;
  name: string;
  region: string;
  startDate: string;
  endDate: string;
  budget: string;
  targetShortTermTrainees: number;
  targetLongTermTrainees: number;
  targetGmv: string;
  gradMinAttendancePct?: number;
  gradMinGraded?: number;
  gradMinAveragePct?: number;
  gradMinSessions?: number | null;
  gradMinGmv?: string | null;
  timeZone?: string;
}

export function ProgramForm({
  open,
  program,
  sponsorId,
  onClose,
}: {
  open: boolean;
  program?: ProgramValues | null;
  sponsorId?: string;
  onClose: (savedId?: string) => void;
}) {
  const { t, tv } = useI18n();
  const [form] = Form.useForm<ProgramValues>();
  const save = useSaveForm(form);
  const sponsors = useQuery(SPONSOR_OPTIONS, { skip: !open || !!program || !!sponsorId });
  const [create, c] = useMutation(CREATE_PROGRAM);
  const [update, u] = useMutation(UPDATE_PROGRAM);

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(program ?? { sponsorId, timeZone: DEFAULT_TIME_ZONE });
    }
  }, [open, program, sponsorId, form]);

  const onFinish = (v: ProgramValues) =>
    save(async () => {
      if (program?.id) {
        const { sponsorId: _s, ...rest } = v;
        await update({
          variables: {
            input: {
              ...rest,
              gradMinSessions: rest.gradMinSessions ?? null,
              gradMinGmv: rest.gradMinGmv || null,
              id: program.id,
            },
          },
        });
        onClose(program.id);
      } else {
        const r = await create({
          variables: { input: { ...v, sponsorId: sponsorId ?? v.sponsorId } as Required<ProgramValues> },
        });
        onClose(r.data?.createProgram.id);
      }
    });

  return (
    <Drawer
      open={open}
      title={t(program ? 'program.edit' : 'program.new')}
      onClose={() => onClose()}
      size={520}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <FormProblems form={form} />
        {!program && !sponsorId && (
          <Form.Item name="sponsorId" label={t('program.sponsor')} rules={[zodRule(programFields.sponsorId, tv)]}>
            <Select
              showSearch
              optionFilterProp="label"
              loading={sponsors.loading}
              options={sponsors.data?.sponsors.items.map((s) => ({ value: s.id, label: s.name }))}
            />
          </Form.Item>
        )}
        <Form.Item name="name" label={t('program.name')} rules={[zodRule(programFields.name, tv)]}>
          <Input />
        </Form.Item>
        <Form.Item name="region" label={t('program.region')} rules={[zodRule(programFields.region, tv)]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="timeZone"
          label={t('time.zone')}
          extra={t('program.timeZoneHint')}
          rules={[zodRule(programFields.timeZone, tv)]}
        >
          <Select
            showSearch
            aria-label={t('time.zone')}
            options={TIME_ZONES.map((z) => ({
              value: z,
              label: z === DEFAULT_TIME_ZONE ? `${z} · ${t('time.china', { offset: '+08:00' })}` : z,
            }))}
          />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="startDate"
              label={t('program.startDate')}
              rules={[zodRule(programFields.startDate, tv)]}
              {...dateItemProps}
            >
              <DateInput />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="endDate"
              label={t('program.endDate')}
              rules={[zodRule(programFields.endDate, tv)]}
              {...dateItemProps}
            >
              <DateInput />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="budget" label={t('program.budget')} rules={[zodRule(programFields.budget, tv)]}>
          <Input prefix="¥" inputMode="decimal" placeholder="480000.00" />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="targetShortTermTrainees"
              label={t('program.targetShortTermTrainees')}
              rules={[zodRule(programFields.targetShortTermTrainees, tv)]}
            >
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="targetLongTermTrainees"
              label={t('program.targetLongTermTrainees')}
              rules={[zodRule(programFields.targetLongTermTrainees, tv)]}
            >
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="targetGmv" label={t('program.targetGmv')} rules={[zodRule(programFields.targetGmv, tv)]}>
          <Input prefix="¥" inputMode="decimal" placeholder="1200000.00" />
        </Form.Item>
        {program && (
          <>
            <Divider titlePlacement="start">{t('graduation.criteria')}</Divider>
            <Row gutter={12}>
              <Col span={8}>
                <Form.Item
                  name="gradMinAttendancePct"
                  label={t('graduation.minAttendance')}
                  rules={[zodRule(graduationCriteriaFields.gradMinAttendancePct, tv)]}
                >
                  <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item
                  name="gradMinGraded"
                  label={t('graduation.minGraded')}
                  rules={[zodRule(graduationCriteriaFields.gradMinGraded, tv)]}
                >
                  <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item
                  name="gradMinAveragePct"
                  label={t('graduation.minAverage')}
                  rules={[zodRule(graduationCriteriaFields.gradMinAveragePct, tv)]}
                >
                  <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={12}>
              <Col span={12}>
                <Form.Item
                  name="gradMinSessions"
                  label={t('graduation.minSessions')}
                  extra={t('graduation.salesLater')}
                >
                  <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item
                  name="gradMinGmv"
                  label={t('graduation.minGmv')}
                  rules={[zodRule(graduationCriteriaFields.gradMinGmv, tv)]}
                >
                  <Input prefix="¥" inputMode="decimal" />
                </Form.Item>
              </Col>
            </Row>
          </>
        )}
        <Button type="primary" htmlType="submit" loading={c.loading || u.loading} block>
          {t('common.save')}
        </Button>
      </Form>
    </Drawer>
  );
}
