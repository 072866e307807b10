/** The signed-in user's inbox: what awaits them, derived from proposals and project milestones. */
import { z } from 'zod';
import { inboxOf } from '../../services/inbox.ts';
import { inboxItemSchema } from '../../domain/inbox.ts';
import { withZod, type RoutePlugin } from '../context.ts';

export const inboxRoutes: RoutePlugin = async (plugin) => {
  const app = withZod(plugin);
  app.get(
    '/api/inbox',
    {
      schema: {
        tags: ['proposals'],
        summary: 'Proposals awaiting your review, decisions on your office’s proposals, overdue milestones',
        response: { 200: z.object({ items: z.array(inboxItemSchema) }) },
      },
    },
    async (request, reply) => {
      const principal = await app.internalReader(request, reply, 'sign in to see your inbox');
      return { items: await inboxOf(app.db, principal) };
    },
  );
};
