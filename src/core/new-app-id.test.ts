import { describe, expect, it } from "vitest";
import { appIdFor } from "./new-app-id.js";

describe("appIdFor", () => {
  it.each([
    ["Acme", "Product Manager", "acme-pm"],
    ["Acme", "Designer", "acme-designer"],
    ["Globex Corporation", "Head of Product", "globex-hp"],
    ["Zürich Re", "Actuary", "zurich-re-actuary"],
    ["Initech", "Software Engineer 2", "initech-se2"],
    ["Very Long Company Name Holdings", "Engineer", "very-long-engineer"],
    ["!!!", "???", "app"],
    ["Łódź Systems", "Designer", "lodz-systems-designer"],
    ["Straße AG", "Tester", "strasse-ag-tester"],
    ["Ørsted", "Data Analyst", "orsted-da"],
    ["Æther Labs", "Engineer", "aether-labs-engineer"],
    ["王芳科技", "工程师", "wangfangkeji-gongchengshi"],
    ["東京", "Designer", "dongjing-designer"],
    ["தமிழ் Tech", "Engineer", "tmil-tech-engineer"],
  ])("%s / %s gives %s", (company, role, id) => {
    expect(appIdFor({ company, role, taken: [] })).toBe(id);
  });

  it("gives names in any script an id, the same one every time", () => {
    const first = appIdFor({ company: "서울 Robotics", role: "Engineer", taken: [] });
    expect(first).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(first).not.toBe("robotics-engineer");
    expect(appIdFor({ company: "서울 Robotics", role: "Engineer", taken: [] })).toBe(first);
  });

  it("adds a number when the id is taken", () => {
    const taken = ["acme-pm", "acme-pm-2"];
    expect(appIdFor({ company: "Acme", role: "Product Manager", taken })).toBe("acme-pm-3");
  });
});
