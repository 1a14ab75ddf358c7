// What the chat core and its features may do, each operation bound to one database: the
// conversation (src/services/chat) calls these and never holds the store itself, so a
// feature cannot reach Prisma, and a test or another composition can hand it other ones.
import type { PrismaClient } from "../store/database.ts";
import {
  deliveryReport,
  dropBroadcast,
  lastBroadcastId,
  proposeBroadcast,
  sendBroadcast,
} from "./broadcast-service.ts";
import { setDone, setUndone } from "./completion-service.ts";
import {
  askEvidence,
  evidenceFile,
  evidenceTask,
  evidenceWaiting,
  returnEvidence,
  submitEvidence,
} from "./evidence-service.ts";
import { exportPlan } from "./export-service.ts";
import { createUploadToken, revokeChatLinks } from "./file-link-service.ts";
import { adminIds, identify, inviteAdmin, inviteFocalPoint, leave, linkCode, redeem } from "./membership-service.ts";
import { applyRevision, cancelRevision, proposeEdit, refreshRevision } from "./plan-change-service.ts";
import { answerName, askedName, reviewImport } from "./plan-import-service.ts";
import { planProgress, unitDuties } from "./progress-service.ts";
import { appendicesWithoutTemplate, blankTemplates, submitList } from "./submission-service.ts";
import { decideRules, exportRules, proposeRules, rulesInForce } from "./rules-service.ts";
import { findUnit, unitTaskTable } from "./tasks-service.ts";
import { setStaffCount } from "./units-service.ts";
import { setQuota } from "./quota-service.ts";
import { auditEntries, recordAudit } from "../store/audit-store.ts";
import { findProvince } from "../store/directory-store.ts";
import {
  findChat,
  focalPointsOfUnit,
  focalUnitOf,
  removeFocalPoint,
  setChatLang,
  unitsWithFocalCounts,
} from "../store/membership-store.ts";
import { appliedRevisions } from "../store/revision-store.ts";

/** A function whose first parameter is the database, without it. */
type Bound<F> = F extends (db: PrismaClient, ...args: infer A) => infer R ? (...args: A) => R : never;

function bindAll<T extends Record<string, (db: PrismaClient, ...args: never[]) => unknown>>(
  db: PrismaClient,
  operations: T,
): { [K in keyof T]: Bound<T[K]> } {
  const bound = Object.entries(operations).map(([name, operation]) => [
    name,
    (...args: never[]) => operation(db, ...args),
  ]);
  return Object.fromEntries(bound) as { [K in keyof T]: Bound<T[K]> };
}

export function chatServices(db: PrismaClient) {
  return bindAll(db, {
    adminIds,
    answerName,
    appendicesWithoutTemplate,
    appliedRevisions,
    applyRevision,
    askedName,
    askEvidence,
    auditEntries,
    blankTemplates,
    cancelRevision,
    createUploadToken,
    setStaffCount,
    setQuota,
    deliveryReport,
    dropBroadcast,
    evidenceFile,
    evidenceTask,
    evidenceWaiting,
    exportPlan,
    findChat,
    findProvince,
    findUnit,
    focalPointsOfUnit,
    focalUnitOf,
    identify,
    inviteAdmin,
    inviteFocalPoint,
    lastBroadcastId,
    linkCode,
    planProgress,
    proposeBroadcast,
    proposeEdit,
    recordAudit,
    redeem,
    refreshRevision,
    removeFocalPoint,
    returnEvidence,
    reviewImport,
    revokeChatLinks,
    rulesInForce,
    exportRules,
    proposeRules,
    decideRules,
    sendBroadcast,
    setChatLang,
    setDone,
    setUndone,
    submitEvidence,
    submitList,
    unitDuties,
    unitTaskTable,
    unitsWithFocalCounts,
    leaveUnit: leave,
  });
}

export type ChatServices = ReturnType<typeof chatServices>;
