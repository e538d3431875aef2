import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { AssignmentKind } from '@grassroots/domain';
import { Button, Col, DatePicker, Drawer, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import { useEffect } from 'react';

import { useI18n } from '../../../app/i18n';
import { dateTimeItemProps } from '../../../shared/DateField';
import { useEnumOptions } from '../../../shared/EnumTag';
import { FormProblems } from '../../../shared/FormProblems';
import { fromWallClock, todayIn } from '../../../shared/time';
import { APP_TIME_ZONE, zoneName } from '../../../shared/time';
import { useSaveForm } from '../../../shared/useSaveForm';
import { CREATE_ASSIGNMENT } from '../graphql';

interface Values {
  title: string;
  kind: string;
  dueAt: string;
  maxScore: number;
  instructions?: string;
  rubric?: { name: string; points: number }[];
  traineeIds?: string[];
}

/** Sets an assignment for the whole cohort or chosen trainees; the rubric must add up to the maximum score. */
export function AssignmentForm({
  open,
  cohortId,
  trainees,
  onClose,
}: {
  open: boolean;
  cohortId: string;
  trainees: { id: string; name: string }[];
  onClose: (saved: boolean) => void;
}) {
  const { t, tv } = useI18n();
  const [form] = Form.useForm<Values>();
  const save = useSaveForm(form);
  const [create, { loading }] = useMutation(CREATE_ASSIGNMENT);
  const kindOptions = useEnumOptions('AssignmentKind', Object.values(AssignmentKind));
  const rubric = Form.useWatch('rubric', form);

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({
        kind: 'SCRIPT_WRITING',
        maxScore: 100,
        dueAt: fromWallClock(todayIn().add(7, 'day').hour(20)),
        rubric: [],
      });
    }
  }, [open, form]);

  useEffect(() => {
    const sum = (rubric ?? []).reduce((s, c) => s + (Number(c?.points) || 0), 0);
    if (rubric?.length && sum) form.setFieldValue('maxScore', sum);
  }, [rubric, form]);

  const onFinish = (v: Values) =>
    save(async () => {
      await create({
        variables: {
          input: {
            ...v,
            cohortId,
            rubric: v.rubric?.length ? v.rubric : null,
            traineeIds: v.traineeIds?.length ? v.traineeIds : null,
          } as never,
        },
      });
      onClose(true);
    });

  return (
    <Drawer open={open} title={t('assignment.new')} onClose={() => onClose(false)} size={560} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <FormProblems form={form} />
        <Form.Item
          name="title"
          label={t('assignment.title')}
          rules={[{ required: true, min: 2, message: tv('training.titleRequired') }]}
        >
          <Input placeholder="为本地红枣写一份 10 分钟直播脚本" />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="kind" label={t('assignment.kind')}>
              <Select options={kindOptions} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="dueAt"
              label={`${t('assignment.dueAt')} · ${zoneName(APP_TIME_ZONE, t)}`}
              rules={[{ required: true, message: tv('common.fieldRequired') }]}
              {...dateTimeItemProps()}
            >
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="instructions" label={t('assignment.instructions')}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.List name="rubric">
          {(fields, { add, remove }) => (
            <Form.Item label={t('assignment.rubric')}>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true, message: t('assignment.criterion') }]}>
                    <Input placeholder={t('assignment.criterion')} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'points']} rules={[{ required: true, message: t('assignment.points') }]}>
                    <InputNumber min={1} precision={0} placeholder={t('assignment.points')} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', points: 10 })}>
                {t('assignment.addCriterion')}
              </Button>
            </Form.Item>
          )}
        </Form.List>
        <Form.Item
          name="maxScore"
          label={t('assignment.maxScore')}
          rules={[{ required: true, message: tv('common.fieldRequired') }]}
        >
          <InputNumber min={1} max={1000} precision={0} disabled={!!rubric?.length} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="traineeIds" label={t('assignment.for')} extra={t('assignment.forAll')}>
          <Select
            mode="multiple"
            allowClear
            optionFilterProp="label"
            options={trainees.map((x) => ({ value: x.id, label: x.name }))}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading} block>
          {t('common.save')}
        </Button>
      </Form>
    </Drawer>
  );
}
