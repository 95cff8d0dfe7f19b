import { builder } from './builder';
import './types/agency';
import './types/material';
import './types/service-item';
import './types/viewer';

export const schema = builder.toSchema({ sortSchema: true });
