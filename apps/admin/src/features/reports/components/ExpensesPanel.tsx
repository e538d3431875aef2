import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { ExpenseCategory, Permission, recordExpenseSchema } from '@grassroots/domain';
import { Button, Card, Empty, Form, Input, Modal, Select, Table, Typography } from 'antd';
import { useState } from 'react';

import { useAuth } from '../../../app/auth';
import { useI18n } from '../../../app/i18n';
import { DateInput, dateItemProps } from '../../../shared/DateField';
import { EnumTag, useEnumOptions } from '../../../shared/EnumTag';
import { formatYuan } from '../../../shared/format';
import { FormProblems } from '../../../shared/FormProblems';
import { zodRule } from '../../../shared/forms';
import { useSaveForm } from '../../../shared/useSaveForm';
import { PROGRAM_EXPENSES, RECORD_EXPENSE } from '../graphql';

const field = recordExpenseSchema.shape;

/** What the program spent, from invoices: the basis of "budget used" and "cost per graduate". */
export function ExpensesPanel({ programId, onRecorded }: { programId: string; onRecorded: () => void }) {
  const { t, tv } = useI18n();
  const { can } = useAuth();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [adding, setAdding] = useState(false);
  const { data, loading, refetch } = useQuery(PROGRAM_EXPENSES, { variables: { programId, page, pageSize } });
  const [record, recording] = useMutation(RECORD_EXPENSE);
  const [form] = Form.useForm();
  const save = useSaveForm(form);
  const categories = useEnumOptions('ExpenseCategory', Object.values(ExpenseCategory));

  return (
    <Card
      size="small"
      title={t('report.tab.expenses')}
      extra={
        can(Permission.REPORTS_PREPARE) && (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('report.expense.new')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('report.expense.help')}</Typography.Paragraph>
      <Table
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={data?.programExpenses.items ?? []}
        locale={{ emptyText: <Empty description={t('report.expense.empty')} /> }}
        pagination={{
          current: page,
          pageSize,
          total: data?.programExpenses.total ?? 0,
          pageSizeOptions: [10, 20, 50],
          showSizeChanger: true,
          onChange: (p, s) => {
            setPage(p);
            setPageSize(s);
          },
          showTotal: (n) => t('common.total', { n }),
        }}
        columns={[
          { title: t('report.expense.spentOn'), dataIndex: 'spentOn', width: 120 },
          {
            title: t('report.expense.category'),
            dataIndex: 'category',
            width: 110,
            render: (v: string) => <EnumTag type="ExpenseCategory" value={v} />,
          },
          { title: t('report.expense.description'), dataIndex: 'description' },
          {
            title: t('report.expense.amount'),
            dataIndex: 'amount',
            align: 'right',
            render: (v: string) => formatYuan(v),
          },
          { title: t('report.expense.recordedBy'), dataIndex: 'recordedByName', width: 120 },
        ]}
      />
      <Modal
        open={adding}
        title={t('report.expense.new')}
        onCancel={() => setAdding(false)}
        onOk={() => form.submit()}
        okButtonProps={{ loading: recording.loading }}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          onFinish={(v) =>
            save(async () => {
              await record({ variables: { input: { ...v, programId } } });
              setAdding(false);
              void refetch();
              onRecorded();
            })
          }
        >
          <FormProblems form={form} />
          <Form.Item
            name="spentOn"
            label={t('report.expense.spentOn')}
            rules={[zodRule(field.spentOn, tv)]}
            {...dateItemProps}
          >
            <DateInput />
          </Form.Item>
          <Form.Item
            name="category"
            label={t('report.expense.category')}
            rules={[{ required: true, message: tv('common.fieldRequired') }]}
          >
            <Select options={categories} />
          </Form.Item>
          <Form.Item name="amount" label={t('report.expense.amount')} rules={[zodRule(field.amount, tv)]}>
            <Input inputMode="decimal" placeholder="3500.00" />
          </Form.Item>
          <Form.Item
            name="description"
            label={t('report.expense.description')}
            rules={[zodRule(field.description, tv)]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
