/** Who uses the app: one person (no sign-in), or an account signed in to a team server. */
import { createContext, useContext } from "react";
import type { SessionAccount } from "../../src/server/api-types.js";

/** undefined: the single-user app, where nobody signs in. */
export const AccountContext = createContext<SessionAccount | undefined>(undefined);
export const useAccount = () => useContext(AccountContext);
