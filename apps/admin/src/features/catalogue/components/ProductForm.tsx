import { useMutation, useQuery } from '@apollo/client/react';
import { createProductSchema, FOOD_CATEGORIES } from '@grassroots/domain';
import { AutoComplete, Button, Col, Drawer, Form, Input, Row, Select, Space, Switch } from 'antd';
import { useEffect } from 'react';

import { useI18n } from '../../../app/i18n';
import { FormProblems } from '../../../shared/FormProblems';
import { zodRule } from '../../../shared/forms';
import { useSaveForm } from '../../../shared/useSaveForm';
import { CREATE_PRODUCT, SUPPLIER_OPTIONS, UPDATE_PRODUCT } from '../graphql';

export interface ProductValues {
  id?: string;
  supplierId: string;
  name: string;
  category: string;
  originRegion: string;
  localSpecialty: boolean;
  unitPrice: string;
  suggestedLivePrice: string;
  commissionPct: string;
  perishable: boolean;
}

const f = createProductSchema.shape;

/** Adds a product as a draft, or edits one (changing what QC checked sends it back to draft). */
export function ProductForm({
  open,
  product,
  onClose,
}: {
  open: boolean;
  product?: ProductValues | null;
  onClose: (saved?: boolean) => void;
}) {
  const { t, tv } = useI18n();
  const [form] = Form.useForm<ProductValues>();
  const save = useSaveForm(form);
  const suppliers = useQuery(SUPPLIER_OPTIONS, { skip: !open });
  const [create, c] = useMutation(CREATE_PRODUCT);
  const [update, u] = useMutation(UPDATE_PRODUCT);

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(product ?? { localSpecialty: true, perishable: false, commissionPct: '25' });
    }
  }, [open, product, form]);

  const onFinish = (v: ProductValues) =>
    save(async () => {
      const input = {
        ...v,
        commissionPct: String(v.commissionPct).replace(/\.00$/, ''),
        localSpecialty: !!v.localSpecialty,
        perishable: !!v.perishable,
      };
      if (product?.id) await update({ variables: { input: { ...input, id: product.id } } });
      else await create({ variables: { input } });
      onClose(true);
    });

  return (
    <Drawer
      open={open}
      title={t(product ? 'product.edit' : 'product.new')}
      onClose={() => onClose()}
      size={560}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <FormProblems form={form} />
        <Form.Item name="supplierId" label={t('product.supplier')} rules={[zodRule(f.supplierId, tv)]}>
          <Select
            showSearch
            optionFilterProp="label"
            loading={suppliers.loading}
            options={suppliers.data?.suppliers.items.map((s) => ({ value: s.id, label: s.name }))}
          />
        </Form.Item>
        <Form.Item name="name" label={t('product.name')} rules={[zodRule(f.name, tv)]}>
          <Input />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="category"
              label={t('product.category')}
              rules={[zodRule(f.category, tv)]}
              extra={t('product.categoryHint')}
            >
              <AutoComplete options={FOOD_CATEGORIES.map((c) => ({ value: c }))} filterOption />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="originRegion" label={t('product.origin')} rules={[zodRule(f.originRegion, tv)]}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="unitPrice" label={t('product.unitPrice')} rules={[zodRule(f.unitPrice, tv)]}>
              <Input prefix="¥" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="suggestedLivePrice"
              label={t('product.livePrice')}
              rules={[zodRule(f.suggestedLivePrice, tv)]}
            >
              <Input prefix="¥" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="commissionPct" label={t('session.commission')} rules={[zodRule(f.commissionPct, tv)]}>
              <Input suffix="%" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="localSpecialty" label={t('product.local')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="perishable"
              label={t('product.perishable')}
              valuePropName="checked"
              extra={t('product.perishableHint')}
            >
              <Switch />
            </Form.Item>
          </Col>
        </Row>
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
