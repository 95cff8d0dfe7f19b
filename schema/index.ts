import { builder } from './builder';
import './types/agency';
import './types/application';
import './types/audit';
import './types/calendar';
import './types/catalogue-governance';
import './types/certificate';
import './types/document';
import './types/enums';
import './types/material';
import './types/ratings';
import './types/review-task';
import './types/service-item';
import './types/sla';
import './types/timeline-entry';
import './types/viewer';

export const schema = builder.toSchema({ sortSchema: true });
