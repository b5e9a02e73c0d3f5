/** Team mode's pages (`serve --team`): one chunk, which the single-user app never loads. */
export { Coaches } from "./components/Coaches.js";
export { CandidatePage } from "./pages/CandidatePage.js";
export { CoachPage } from "./pages/CoachPage.js";
export { CoachSettingsPage } from "./pages/CoachSettingsPage.js";
export { SignInPage } from "./pages/SignInPage.js";
