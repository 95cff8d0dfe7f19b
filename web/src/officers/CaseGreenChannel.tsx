import { useQueryClient } from '@tanstack/react-query';
import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { request } from '../api';
import type { GreenChannelGround } from '../gql/graphql';
import { defineTexts, useText } from '../i18n';
import { invalidateWork } from './work-queries';
import { useDateTime } from '../time';
import { GreenChannelForm } from '../hall/GreenChannelForm';
import { MarkCaseGreenChannel } from '../hall/hall-queries';
import { GreenChannelTag } from '../hall/GreenChannelTag';

const texts = defineTexts(
  {
    none: '否',
    mark: '标记绿色通道',
    markedBy: '{who} 于 {when} 标记：{reason}',
  },
  {
    none: 'No',
    mark: 'Mark green channel',
    markedBy: 'Marked by {who} at {when}: {reason}',
  },
);

interface CaseMark {
  ground: GreenChannelGround;
  reason: string;
  markedBy: string;
  markedAt: unknown;
}

/**
 * The case's green channel (绿色通道) for the case's description: the tag with who marked it,
 * when and why; or, for the window, the button that marks it, once.
 */
export function CaseGreenChannel({
  applicationId,
  greenChannel,
  canMark,
}: {
  applicationId: string;
  greenChannel: CaseMark | null | undefined;
  canMark: boolean;
}) {
  const { t } = useText(texts);
  const when = useDateTime();
  const queries = useQueryClient();
  const [marking, setMarking] = useState(false);
  if (greenChannel) {
    return (
      <Space wrap>
        <GreenChannelTag ground={greenChannel.ground} />
        <Typography.Text>
          {t('markedBy')
            // Functions, so that a `$&` in what a person typed is shown as typed.
            .replace('{who}', () => greenChannel.markedBy)
            .replace('{when}', () => when(greenChannel.markedAt as string))
            .replace('{reason}', () => greenChannel.reason)}
        </Typography.Text>
      </Space>
    );
  }
  if (!canMark) return t('none');
  return (
    <>
      <Button size="small" onClick={() => setMarking(true)}>
        {t('mark')}
      </Button>
      {marking && (
        <GreenChannelForm
          subject={applicationId}
          send={(input) => request(MarkCaseGreenChannel, { applicationId, ...input })}
          onClose={() => setMarking(false)}
          onMarked={() => {
            setMarking(false);
            void invalidateWork(queries);
          }}
        />
      )}
    </>
  );
}
