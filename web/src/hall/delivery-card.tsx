import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, Radio, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { ApiError, request } from '../api';
import { graphql } from '../gql';
import type { ApplicationStatus, DeliveryAddressInput, DeliveryMethod, DeliveryStatus } from '../gql/graphql';
import { defineTexts, useText } from '../i18n';
import { useCaseChanged } from '../pages/case-changed';
import { useIdentity } from '../session';
import { useDateTime } from '../time';

const texts = defineTexts(
  {
    title: '领取方式',
    collection: '大厅窗口领取',
    delivery: '邮寄到地址（EMS）',
    notChosen: '尚未选择：默认到大厅窗口领取',
    chosen: '已选择',
    change: '更改领取方式',
    choose: '确认领取方式',
    refused: '领取方式未保存：请按提示修改',
    cancel: '取消',
    recipient: '收件人',
    phone: '手机号码',
    province: '省',
    city: '市',
    district: '区县',
    street: '详细地址',
    postcode: '邮政编码',
    address: '收件地址',
    required: '请填写',
    tracking: '邮寄进度',
    waybill: '运单号',
    parcelStatus: '邮件状态',
    'parcel.CHOSEN': '待发证后寄出',
    'parcel.BOOKED': '已下单',
    'parcel.ACCEPTED': '已揽收',
    'parcel.IN_TRANSIT': '运输中',
    'parcel.DELIVERED': '已妥投',
    'parcel.RETURNED': '已退回',
    'parcel.REFUSED': '快递未受理',
    'parcel.OVERDUE': '逾期未妥投，大厅跟进中',
    'step.WAYBILL_BOOKED': '已下单',
    'step.DELIVERY_ACCEPTED': '已揽收',
    'step.DELIVERY_IN_TRANSIT': '运输中',
    'step.DELIVERED': '已妥投',
    'step.DELIVERY_RETURNED': '已退回',
    'step.DELIVERY_OVERDUE': '逾期未妥投',
    collectAtHall: '证照请到大厅窗口领取',
    refusedByCarrier: '快递未受理邮寄，证照改为到大厅窗口领取',
  },
  {
    title: 'How to receive the licence',
    collection: 'Collect it at the hall',
    delivery: 'Deliver it to an address (EMS)',
    notChosen: 'Not chosen yet: collection at the hall',
    chosen: 'Chosen',
    change: 'Change',
    choose: 'Confirm',
    refused: 'Not saved: correct the fields marked',
    cancel: 'Cancel',
    recipient: 'Recipient',
    phone: 'Mobile phone',
    province: 'Province',
    city: 'City',
    district: 'District',
    street: 'Street address',
    postcode: 'Postcode',
    address: 'Address',
    required: 'Required',
    tracking: 'Parcel',
    waybill: 'Waybill number',
    parcelStatus: 'Parcel status',
    'parcel.CHOSEN': 'Sent once the licence is issued',
    'parcel.BOOKED': 'Booked',
    'parcel.ACCEPTED': 'Picked up',
    'parcel.IN_TRANSIT': 'In transit',
    'parcel.DELIVERED': 'Delivered',
    'parcel.RETURNED': 'Returned',
    'parcel.REFUSED': 'Refused by the carrier',
    'parcel.OVERDUE': 'Overdue: the hall is following it up',
    'step.WAYBILL_BOOKED': 'Booked',
    'step.DELIVERY_ACCEPTED': 'Picked up',
    'step.DELIVERY_IN_TRANSIT': 'In transit',
    'step.DELIVERED': 'Delivered',
    'step.DELIVERY_RETURNED': 'Returned',
    'step.DELIVERY_OVERDUE': 'Overdue',
    collectAtHall: 'Collect the licence at the hall',
    refusedByCarrier: 'The carrier would not take the parcel: collect the licence at the hall',
  },
);

type TextKey = keyof typeof texts.zh;

const ChooseDelivery = graphql(`
  mutation ChooseDelivery($id: ID!, $method: DeliveryMethod!, $address: DeliveryAddressInput) {
    chooseDelivery(id: $id, method: $method, address: $address) {
      id
      delivery {
        method
        status
      }
    }
  }
`);

const ADDRESS_FIELDS = ['recipient', 'phone', 'province', 'city', 'district', 'street', 'postcode'] as const;
/** The carrier's steps as the case's timeline records them. */
const DELIVERY_STEPS = [
  'WAYBILL_BOOKED',
  'DELIVERY_ACCEPTED',
  'DELIVERY_IN_TRANSIT',
  'DELIVERY_OVERDUE',
  'DELIVERED',
  'DELIVERY_RETURNED',
];
/** The choice may change until the licence is issued. */
const CHOOSABLE: ApplicationStatus[] = ['SUBMITTED', 'UNDER_REVIEW', 'CORRECTION_REQUIRED', 'APPROVED'];
const PARCEL_COLOURS: Record<DeliveryStatus, string> = {
  CHOSEN: 'default',
  BOOKED: 'processing',
  ACCEPTED: 'processing',
  IN_TRANSIT: 'processing',
  DELIVERED: 'success',
  RETURNED: 'error',
  REFUSED: 'error',
  OVERDUE: 'warning',
};

export interface CaseDelivery {
  method: DeliveryMethod;
  status: DeliveryStatus;
  waybill?: string | null;
  /** Why the carrier refused the booking. */
  reason?: string | null;
  address?: DeliveryAddressInput | null;
}

interface DeliveryCardProps {
  id: string;
  status: ApplicationStatus;
  delivery?: CaseDelivery | null;
  timeline: Array<{ at: unknown; action: string; detail?: string | null }>;
}

/** 领取方式: collection or delivery, chosen until issuance; the parcel's progress after it. */
export function DeliveryCard({ id, status, delivery, timeline }: DeliveryCardProps) {
  const { t } = useText(texts);
  const applicant = useIdentity()?.role === 'APPLICANT';
  const [editing, setEditing] = useState(false);
  const choosable = applicant && CHOOSABLE.includes(status);
  if (!choosable && !delivery) return null;
  const address = delivery?.address;
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('title')}
        </Typography.Title>
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text>
          {delivery
            ? `${t('chosen')}: ${t(delivery.method === 'DELIVERY' ? 'delivery' : 'collection')}`
            : t('notChosen')}
        </Typography.Text>
        {address && (
          <Typography.Text>
            {t('address')}: {address.recipient} · {address.phone} · {address.province}
            {address.city}
            {address.district}
            {address.street} · {address.postcode}
          </Typography.Text>
        )}
        {delivery?.method === 'DELIVERY' && status === 'ISSUED' && <Tracking delivery={delivery} timeline={timeline} />}
        {delivery?.status === 'REFUSED' && (
          <Alert type="warning" title={t('refusedByCarrier')} description={delivery.reason} />
        )}
        {delivery?.method === 'COLLECTION' && delivery.status !== 'REFUSED' && status === 'ISSUED' && (
          <Alert type="info" title={t('collectAtHall')} />
        )}
        {choosable &&
          (editing ? (
            <ChoiceForm id={id} delivery={delivery} onDone={() => setEditing(false)} />
          ) : (
            <Button onClick={() => setEditing(true)}>{t('change')}</Button>
          ))}
      </Space>
    </Card>
  );
}

function Tracking({ delivery, timeline }: { delivery: CaseDelivery; timeline: DeliveryCardProps['timeline'] }) {
  const { t } = useText(texts);
  const when = useDateTime();
  const steps = timeline.filter((entry) => DELIVERY_STEPS.includes(entry.action));
  return (
    <>
      <Descriptions
        bordered
        size="small"
        column={1}
        title={t('tracking')}
        items={[
          {
            key: 'status',
            label: t('parcelStatus'),
            children: <Tag color={PARCEL_COLOURS[delivery.status]}>{t(`parcel.${delivery.status}` as TextKey)}</Tag>,
          },
          { key: 'waybill', label: t('waybill'), children: delivery.waybill ?? '—' },
        ]}
      />
      {steps.length > 0 && (
        <Timeline
          style={{ marginTop: 16 }}
          items={steps.map((step) => ({
            content: (
              <>
                <Typography.Text strong>{t(`step.${step.action}` as TextKey)}</Typography.Text> ·{' '}
                {when(step.at as string)}
                {step.detail && <div>{step.detail}</div>}
              </>
            ),
          }))}
        />
      )}
    </>
  );
}

interface ChoiceValues extends Partial<DeliveryAddressInput> {
  method: DeliveryMethod;
}

function ChoiceForm({ id, delivery, onDone }: { id: string; delivery?: CaseDelivery | null; onDone: () => void }) {
  const { t } = useText(texts);
  const changed = useCaseChanged(id);
  const [form] = Form.useForm<ChoiceValues>();
  const method = Form.useWatch('method', form) ?? delivery?.method ?? 'COLLECTION';
  const choose = useMutation({
    mutationFn: ({ method, ...address }: ChoiceValues) =>
      request(ChooseDelivery, {
        id,
        method,
        address: method === 'DELIVERY' ? (address as DeliveryAddressInput) : null,
      }),
    onSuccess: async () => {
      await changed();
      onDone();
    },
    onError: (error) => {
      // `address.phone` is the phone field's problem: shown under it.
      if (!(error instanceof ApiError)) return;
      form.setFields(
        error.fields
          .filter(({ field }) => field.startsWith('address.'))
          .map(({ field, message }) => ({
            name: field.slice('address.'.length) as keyof ChoiceValues,
            errors: [message],
          })),
      );
    },
  });
  const unplaced =
    choose.error instanceof ApiError
      ? choose.error.fields.filter(({ field }) => !ADDRESS_FIELDS.some((name) => field === `address.${name}`))
      : [];
  return (
    <Form<ChoiceValues>
      form={form}
      layout="vertical"
      initialValues={{ method: delivery?.method ?? 'COLLECTION', ...(delivery?.address ?? {}) }}
      onFinish={(values) => choose.mutate(values)}
      style={{ maxWidth: 560 }}
    >
      <Form.Item name="method" label={t('title')}>
        <Radio.Group
          options={[
            { value: 'COLLECTION', label: t('collection') },
            { value: 'DELIVERY', label: t('delivery') },
          ]}
        />
      </Form.Item>
      {method === 'DELIVERY' &&
        ADDRESS_FIELDS.map((name) => (
          <Form.Item
            key={name}
            name={name}
            label={t(name)}
            rules={[{ required: true, whitespace: true, message: t('required') }]}
          >
            <Input
              autoComplete={AUTOCOMPLETE[name]}
              inputMode={name === 'phone' || name === 'postcode' ? 'numeric' : undefined}
            />
          </Form.Item>
        ))}
      {choose.error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            choose.error instanceof ApiError && choose.error.code === 'BAD_USER_INPUT'
              ? t('refused')
              : choose.error.message
          }
          description={unplaced.map(({ field, message }) => `${field}: ${message}`).join('；') || undefined}
        />
      )}
      <Space>
        <Button type="primary" htmlType="submit" loading={choose.isPending}>
          {t('choose')}
        </Button>
        <Button onClick={onDone}>{t('cancel')}</Button>
      </Space>
    </Form>
  );
}

const AUTOCOMPLETE: Record<(typeof ADDRESS_FIELDS)[number], string> = {
  recipient: 'name',
  phone: 'tel',
  province: 'address-level1',
  city: 'address-level2',
  district: 'address-level3',
  street: 'street-address',
  postcode: 'postal-code',
};
