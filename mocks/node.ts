import { setupServer } from 'msw/node';
import { contractHandlers } from './handlers';

export const server = setupServer(...contractHandlers());
