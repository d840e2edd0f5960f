import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** The database role every application query runs as: not superuser, not BYPASSRLS, not the owner. */
export const APP_ROLE = 'send_app';

export interface DbScope {
  schoolId: string | null;
  userId: string | null;
}

interface ActiveTransaction extends DbScope {
  manager: EntityManager;
}

/**
 * The one way application code reaches the database. Each unit of work is a transaction that first
 * switches to the application role and sets the school and user as transaction-local settings, so
 * nothing leaks through the pool, and row-level security sees exactly that school. Code inside reads
 * the transaction from `manager`; outside one, `manager` throws: missing context fails closed.
 */
@Injectable()
export class DbContext {
  private readonly storage = new AsyncLocalStorage<ActiveTransaction>();

  constructor(private readonly dataSource: DataSource) {}

  /** The current transaction's entity manager. */
  get manager(): EntityManager {
    const active = this.storage.getStore();
    if (!active) throw new Error('No database transaction is active: wrap the work in DbContext.run');
    return active.manager;
  }

  get scope(): DbScope | undefined {
    const active = this.storage.getStore();
    return active && { schoolId: active.schoolId, userId: active.userId };
  }

  /** Runs fn in a new transaction as the application role, scoped to one school and/or user. */
  run<T>(scope: DbScope, fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => this.within(manager, scope, fn));
  }

  /**
   * Runs fn inside a transaction the caller already holds, switched to the application role and the
   * scope given, for the rest of that transaction. For work that must be all-or-nothing across
   * several schools (the demo seed).
   */
  async within<T>(
    manager: EntityManager,
    scope: DbScope,
    fn: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    await manager.query(
      `SELECT set_config('role', $1, true), set_config('app.current_school', $2, true),
              set_config('app.current_user', $3, true)`,
      [APP_ROLE, scope.schoolId ?? '', scope.userId ?? ''],
    );
    return this.storage.run({ ...scope, manager }, () => fn(manager));
  }

  /** For jobs, seeds and imports: work inside one school, with no user. */
  runAsSchool<T>(schoolId: string, fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.run({ schoolId, userId: null }, fn);
  }

  /** Sign-in and account work that belongs to a person, not a school. */
  runAsUser<T>(userId: string | null, fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.run({ schoolId: null, userId }, fn);
  }
}
