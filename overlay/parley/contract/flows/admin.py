"""An API key issued by an admin works at once, and a revoked one is refused at once."""

from __future__ import annotations

from parley import AuthenticationError

from ._base import Flow, FlowContext


def run(ctx: FlowContext) -> None:
    """Issue a key for a new user, call with it, revoke it, call again: 401."""
    admin = ctx.admin
    assert ctx.make_client is not None
    keys = admin.admin.api_keys
    issued = ctx.call("admin.admin.api_keys.create", keys.create, ctx.tag, f"{ctx.tag} key", role="user")
    revoked_at: list[object] = []
    ctx.cleanup(f"admin.admin.api_keys.revoke({issued.id!r})", lambda: revoked_at or keys.revoke(issued.id))
    ctx.check(issued.secret, f"create_api_key answered key {issued.id} without its secret")
    ctx.check(issued.user_id == ctx.tag, f"create_api_key for user {ctx.tag!r} issued a key of {issued.user_id!r}")

    fresh = ctx.make_client(issued.secret)
    try:
        ctx.call("Parley(api_key=<new secret>).threads.list", fresh.threads.list, limit=1)
        listed = ctx.call("admin.admin.api_keys.list", keys.list, user_id=ctx.tag)
        ctx.check(
            [key.id for key in listed.data] == [issued.id],
            f"list_api_keys(user_id={ctx.tag!r}) answered {[key.id for key in listed.data]}, not [{issued.id!r}]",
        )
        revoked = ctx.call("admin.admin.api_keys.revoke", keys.revoke, issued.id)
        revoked_at.append(revoked.revoked_at)
        ctx.check(revoked.revoked_at, f"revoke_api_key answered key {issued.id} with no revoked_at")
        try:
            ctx.call("Parley(api_key=<revoked secret>).threads.list", fresh.threads.list, limit=1)
        except AuthenticationError:
            pass
        else:
            ctx.check(False, f"the revoked key {issued.id} still authenticates (expected 401)")
        active = ctx.call("admin.admin.api_keys.list", keys.list, user_id=ctx.tag)
        ctx.check(not active.data, f"list_api_keys still lists the revoked key {issued.id} without include_revoked")
    finally:
        fresh.close()


FLOW = Flow(
    name="admin_api_keys",
    title="an issued API key works at once and a revoked one is refused at once",
    tags=("admin",),
    run=run,
    uses=("create_api_key", "list_api_keys", "revoke_api_key", "list_threads"),
    needs_admin=True,
)
