import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { Link } from 'react-router';
import { request } from '../api';
import { graphql } from '../gql';
import { defineTexts, useText } from '../i18n';

const texts = defineTexts(
  { waiting: '以下办件已办结，欢迎评价（好差评）' },
  { waiting: 'These cases have ended: tell us how they went' },
);

const RatingInvitations = graphql(`
  query RatingInvitations {
    myRatingInvitations {
      applicationId
      itemCode
      itemName
    }
  }
`);

/** The applicant's ended cases still waiting for a rating, each a link to its page's form. */
export function RatingInvitationsAlert() {
  const { t } = useText(texts);
  const invitations = useQuery({
    queryKey: ['my-cases', 'rating-invitations'],
    queryFn: () => request(RatingInvitations),
  });
  const waiting = invitations.data?.myRatingInvitations ?? [];
  if (waiting.length === 0) return null;
  return (
    <Alert
      type="info"
      showIcon
      title={t('waiting')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {waiting.map((invitation) => (
            <li key={invitation.applicationId}>
              <Link to={`/cases/${invitation.applicationId}`}>
                {invitation.itemName} ({invitation.itemCode})
              </Link>
            </li>
          ))}
        </ul>
      }
    />
  );
}
