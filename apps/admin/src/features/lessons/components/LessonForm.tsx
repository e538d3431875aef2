import { useMutation, useQuery } from '@apollo/client/react';
import { lessonFields, LessonKind } from '@grassroots/domain';
import { Button, Col, Drawer, Form, Input, Row, Select } from 'antd';
import { useEffect } from 'react';

import { useI18n } from '../../../app/i18n';
import { DateInput, dateItemProps } from '../../../shared/DateField';
import { useEnumOptions } from '../../../shared/EnumTag';
import { FormProblems } from '../../../shared/FormProblems';
import { zodRule } from '../../../shared/forms';
import { useSaveForm } from '../../../shared/useSaveForm';
import { CREATE_LESSON, STAFF_MEMBERS, UPDATE_LESSON } from '../graphql';

export interface LessonValues {
  id?: string;
  date: string;
  startTime: string;
  endTime: string;
  topic: string;
  kind: string;
  location: string;
  instructorId?: string | null;
}

export function LessonForm({
  open,
  cohortId,
  lesson,
  defaults,
  onClose,
}: {
  open: boolean;
  cohortId: string;
  lesson?: LessonValues | null;
  defaults?: Partial<LessonValues>;
  onClose: (saved: boolean) => void;
}) {
  const { t, tv } = useI18n();
  const [form] = Form.useForm<LessonValues>();
  const save = useSaveForm(form);
  const staff = useQuery(STAFF_MEMBERS, { skip: !open });
  const [create, c] = useMutation(CREATE_LESSON);
  const [update, u] = useMutation(UPDATE_LESSON);
  const kindOptions = useEnumOptions('LessonKind', Object.values(LessonKind));

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(lesson ?? { kind: 'CLASS', startTime: '09:30', endTime: '12:00', ...defaults });
    }
  }, [open, lesson, defaults, form]);

  const onFinish = (v: LessonValues) =>
    save(async () => {
      const input = { ...v, instructorId: v.instructorId ?? null };
      if (lesson?.id) await update({ variables: { input: { ...input, id: lesson.id } as never } });
      else await create({ variables: { input: { ...input, cohortId } as never } });
      onClose(true);
    });

  return (
    <Drawer
      open={open}
      title={t(lesson ? 'lesson.edit' : 'lesson.new')}
      onClose={() => onClose(false)}
      size={480}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <FormProblems form={form} />
        <Form.Item name="topic" label={t('lesson.topic')} rules={[zodRule(lessonFields.topic, tv)]}>
          <Input placeholder="开场三十秒：话术与留人技巧" />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="date" label={t('lesson.date')} rules={[zodRule(lessonFields.date, tv)]} {...dateItemProps}>
              <DateInput />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="kind" label={t('lesson.kind')}>
              <Select options={kindOptions} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="startTime" label={t('lesson.startTime')} rules={[zodRule(lessonFields.startTime, tv)]}>
              <Input placeholder="09:30" maxLength={5} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="endTime" label={t('lesson.endTime')} rules={[zodRule(lessonFields.endTime, tv)]}>
              <Input placeholder="12:00" maxLength={5} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="instructorId" label={t('lesson.instructor')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            loading={staff.loading}
            options={staff.data?.staffMembers.map((s) => ({ value: s.id, label: s.name }))}
          />
        </Form.Item>
        <Form.Item name="location" label={t('lesson.location')} rules={[zodRule(lessonFields.location, tv)]}>
          <Input />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={c.loading || u.loading} block>
          {t('common.save')}
        </Button>
      </Form>
    </Drawer>
  );
}
