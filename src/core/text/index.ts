/**
 * Every piece of Vietnamese text a user can see lives in this folder, split by audience,
 * so the wording can be reviewed in one place. Identifiers stay in English.
 */
export * from './cli';
export * from './columns';
export * from './consolidation';
export * from './consolidation-cli';
export * from './consolidation-report';
export * from './domain';
export * from './functions';
export * from './messages';
export * from './minutes';
export * from './report-qd366';
export * from './sheets';
export * from './ui';
