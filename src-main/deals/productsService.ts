// The product catalogue deal lines pick from: add, edit, archive (an archived product stays on the deals that
// quote it, and leaves the pickers).
import { RapportError } from '@shared/api/result';
import type { Product } from '@shared/domain/deals';
import type { ProductInput } from '@shared/validation/deals';
import { sql } from 'kysely';
import type { AppContext } from '../context';
import { nowIso } from '../context';

async function loadProducts(ctx: Pick<AppContext, 'db'>, where: { id?: number; includeArchived: boolean }) {
  let q = ctx.db.selectFrom('product').select((eb) => [
    'product.id',
    'product.name',
    'product.sku',
    'product.unit_price',
    'product.currency',
    'product.archived_at',
    eb
      .selectFrom('deal_line')
      .innerJoin('deal', 'deal.id', 'deal_line.deal_id')
      .select((e) => e.fn.count<number>('deal_line.deal_id').distinct().as('n'))
      .whereRef('deal_line.product_id', '=', 'product.id')
      .where('deal.deleted_at', 'is', null)
      .as('used'),
  ]);
  if (where.id !== undefined) q = q.where('product.id', '=', where.id);
  if (!where.includeArchived) q = q.where('product.archived_at', 'is', null);
  const rows = await q
    .orderBy(sql`product.name collate nocase`)
    .orderBy('product.id')
    .execute();
  return rows.map((r): Product => ({
    id: r.id,
    name: r.name,
    sku: r.sku,
    unitPrice: r.unit_price,
    currency: r.currency,
    archived: r.archived_at !== null,
    usedOnDeals: Number(r.used ?? 0),
  }));
}

export async function listProducts(ctx: Pick<AppContext, 'db'>, includeArchived: boolean): Promise<Product[]> {
  return loadProducts(ctx, { includeArchived });
}

async function productById(ctx: AppContext, id: number): Promise<Product> {
  const found = (await loadProducts(ctx, { id, includeArchived: true }))[0];
  if (!found) throw new RapportError('not_found', `Product ${id} was not found.`);
  return found;
}

async function checkSkuFree(ctx: AppContext, sku: string, exceptId: number | null) {
  if (sku === '') return;
  const clash = await ctx.db
    .selectFrom('product')
    .select(['id', 'name'])
    .where(sql<boolean>`lower(sku) = lower(${sku})`)
    .where('archived_at', 'is', null)
    .where('id', '!=', exceptId ?? 0)
    .executeTakeFirst();
  if (clash)
    throw new RapportError('invalid_input', `The SKU ${sku} is already used by “${clash.name}”.`, [
      { path: 'product.sku', message: 'validation.skuTaken' },
    ]);
}

export async function createProduct(ctx: AppContext, input: ProductInput): Promise<Product> {
  await checkSkuFree(ctx, input.sku, null);
  const at = nowIso(ctx);
  const row = await ctx.db
    .insertInto('product')
    .values({
      name: input.name,
      sku: input.sku,
      unit_price: input.unitPrice,
      currency: input.currency,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return productById(ctx, row.id);
}

export async function updateProduct(ctx: AppContext, id: number, input: ProductInput): Promise<Product> {
  await productById(ctx, id);
  await checkSkuFree(ctx, input.sku, id);
  await ctx.db
    .updateTable('product')
    .set({
      name: input.name,
      sku: input.sku,
      unit_price: input.unitPrice,
      currency: input.currency,
      updated_at: nowIso(ctx),
    })
    .where('id', '=', id)
    .execute();
  return productById(ctx, id);
}

export async function setProductArchived(ctx: AppContext, id: number, archived: boolean): Promise<Product> {
  const product = await productById(ctx, id);
  if (!archived) await checkSkuFree(ctx, product.sku, id);
  await ctx.db
    .updateTable('product')
    .set({ archived_at: archived ? nowIso(ctx) : null, updated_at: nowIso(ctx) })
    .where('id', '=', id)
    .execute();
  return productById(ctx, id);
}
