export { isDivisionCode } from './division-code';
export { identityNumberCheckCharacter, validateIdentityNumber } from './identity-number';
export { organisationCodeCheckCharacter, isValidOrganisationCode } from './organisation-code';
export { USCC_CHARACTERS, buildUscc, isValidUscc, organisationBodyFromSequence, usccCheckCharacter } from './uscc';
export type { UsccParts } from './uscc';
