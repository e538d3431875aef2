import { useMutation, useQuery } from '@apollo/client/react';
import {
  canMoveCohort,
  cohortFields,
  CohortStatus,
  type CohortStatus as Status,
  CohortTrack,
} from '@grassroots/domain';
import { Button, Col, Drawer, Form, Input, InputNumber, Row, Select } from 'antd';
import { useEffect } from 'react';

import { useI18n } from '../../../app/i18n';
import { DateInput, dateItemProps } from '../../../shared/DateField';
import { useEnumOptions } from '../../../shared/EnumTag';
import { FormProblems } from '../../../shared/FormProblems';
import { zodRule } from '../../../shared/forms';
import { useSaveForm } from '../../../shared/useSaveForm';
import { PROGRAM_OPTIONS } from '../../programs/graphql';
import { CREATE_COHORT, UPDATE_COHORT } from '../graphql';

export interface CohortValues {
  id?: string;
  programId?: string;
  name: string;
  track: string;
  startDate: string;
  endDate: string;
  capacity: number;
  location: string;
  status: string;
}

/** Create or edit a cohort. Status options follow the cohort state machine of @grassroots/domain. */
export function CohortForm({
  open,
  cohort,
  programId,
  onClose,
}: {
  open: boolean;
  cohort?: CohortValues | null;
  programId?: string;
  onClose: (savedId?: string) => void;
}) {
  const { t, tv } = useI18n();
  const [form] = Form.useForm<CohortValues>();
  const save = useSaveForm(form);
  const programs = useQuery(PROGRAM_OPTIONS, { skip: !open || !!cohort || !!programId });
  const [create, c] = useMutation(CREATE_COHORT);
  const [update, u] = useMutation(UPDATE_COHORT);
  const trackOptions = useEnumOptions('CohortTrack', Object.values(CohortTrack));
  const statusOptions = useEnumOptions('CohortStatus', Object.values(CohortStatus)).filter(
    (o) => !cohort || canMoveCohort(cohort.status as Status, o.value as Status),
  );

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(cohort ?? { programId, track: 'SHORT_TERM', status: 'PLANNED', capacity: 20 });
    }
  }, [open, cohort, programId, form]);

  const onFinish = (v: CohortValues) =>
    save(async () => {
      if (cohort?.id) {
        const { programId: _p, id: _i, ...rest } = v;
        await update({ variables: { input: { ...rest, id: cohort.id } as never } });
        onClose(cohort.id);
      } else {
        const r = await create({ variables: { input: { ...v, programId: programId ?? v.programId } as never } });
        onClose(r.data?.createCohort.id);
      }
    });

  return (
    <Drawer
      open={open}
      title={t(cohort ? 'cohort.edit' : 'cohort.new')}
      onClose={() => onClose()}
      size={520}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <FormProblems form={form} />
        {!cohort && !programId && (
          <Form.Item name="programId" label={t('cohort.program')} rules={[zodRule(cohortFields.programId, tv)]}>
            <Select
              showSearch
              optionFilterProp="label"
              loading={programs.loading}
              options={programs.data?.programs.items.map((p) => ({ value: p.id, label: p.name }))}
            />
          </Form.Item>
        )}
        <Form.Item name="name" label={t('cohort.name')} rules={[zodRule(cohortFields.name, tv)]}>
          <Input placeholder="第一期短期班（20天）" />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="track" label={t('cohort.track')}>
              <Select options={trackOptions} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="status" label={t('cohort.status')}>
              <Select options={statusOptions} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="startDate"
              label={t('cohort.startDate')}
              rules={[zodRule(cohortFields.startDate, tv)]}
              {...dateItemProps}
            >
              <DateInput />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="endDate"
              label={t('cohort.endDate')}
              rules={[zodRule(cohortFields.endDate, tv)]}
              {...dateItemProps}
            >
              <DateInput />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="capacity" label={t('cohort.capacity')} rules={[zodRule(cohortFields.capacity, tv)]}>
          <InputNumber min={1} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="location" label={t('cohort.location')} rules={[zodRule(cohortFields.location, tv)]}>
          <Input placeholder="县电子商务产业园 3楼直播间" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={c.loading || u.loading} block>
          {t('common.save')}
        </Button>
      </Form>
    </Drawer>
  );
}
