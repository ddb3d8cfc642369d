// The public face of this feature: other folders import it from here only.
export { recheckSession, restoreSession, saveLanguage, signOut } from './sessionActions.ts';
export { LoginPage } from './LoginPage.tsx';
export { storeDeviceToken } from './deviceToken.ts';
