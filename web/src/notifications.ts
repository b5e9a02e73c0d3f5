/**
 * Browser notifications while the app is open: when a follow-up's window opens, the
 * browser says so ("Acme: send Dana Lee a thank-you"). Permission is asked only when the
 * user presses the button in Settings, never on load; the choice is kept in this browser
 * (localStorage), so turning it off here needs no trip to the browser's settings.
 */
import { useEffect } from "react";
import { actionPhrase } from "../../src/core/action-phrase.js";
import type { ActionView, TodayView } from "../../src/server/api-types.js";
import { api } from "./api.js";

const KEY = "hearback.notifications";
/** How often the open app looks whether something became due. */
const LOOK_EVERY_MS = 60_000;

/** unsupported: no Notification API; blocked: the browser refuses; off/on: the user's choice. */
export type NotifyState = "unsupported" | "blocked" | "off" | "on";

export function notifyState(): NotifyState {
  if (typeof Notification === "undefined") return "unsupported";
  if (Notification.permission === "denied") return "blocked";
  return Notification.permission === "granted" && localStorage.getItem(KEY) === "on" ? "on" : "off";
}

/** Asks the browser (it shows its own question the first time), and keeps the answer. */
export async function turnNotificationsOn(): Promise<NotifyState> {
  if (typeof Notification === "undefined") return "unsupported";
  const answer = await Notification.requestPermission();
  if (answer === "granted") localStorage.setItem(KEY, "on");
  return notifyState();
}

export function turnNotificationsOff(): void {
  localStorage.removeItem(KEY);
}

/**
 * While the app is open: every minute, the actions whose window opened since the app was
 * opened, each told once. What was due before is on the Today page already.
 */
export function useDueNotifications(): void {
  useEffect(() => {
    const openedAt = Date.now();
    const told = new Set<string>();
    const look = async () => {
      if (notifyState() !== "on") return;
      const today = await api.get<TodayView>("/today").catch(() => null);
      if (!today) return;
      const now = Date.now();
      for (const a of [...today.overdue, ...today.today, ...today.upcoming]) {
        const opens = Date.parse(a.dueFrom);
        if (opens <= openedAt || opens > now || told.has(a.id)) continue;
        told.add(a.id);
        tell(a);
      }
    };
    const timer = setInterval(() => void look(), LOOK_EVERY_MS);
    return () => clearInterval(timer);
  }, []);
}

function tell(a: ActionView): void {
  const n = new Notification(`${a.company}: ${actionPhrase(a)}`, {
    body: `Due by ${a.dueByText}. ${a.reason}`,
    tag: a.id,
  });
  n.onclick = () => {
    window.focus();
    n.close();
  };
}
