/**
 * Vitest setup: the English messages registered whole, as the app has them once both parts loaded
 * (src/i18n/keys.ts registerMessages), so notices built in tests carry their own keys.
 */
import { registerMessages } from '../../src/i18n/keys.ts';
import en from '../../src/i18n/locales/en.json';

registerMessages(en);
