"""Who may use the register: only users with the permission `participation.use_register` (and superusers). A
coordinator of any group without it sees nothing of the register, not even that a person is in it."""

from wagtail.permission_policies import ModelPermissionPolicy

REGISTER_PERMISSION = "participation.use_register"


def may_use_register(user):
    return user.is_active and user.has_perm(REGISTER_PERMISSION)


class RegisterPermissionPolicy(ModelPermissionPolicy):
    """Every action on a profile (list, inspect, add, change, delete, history) needs the one permission."""

    def _get_permission_codename(self, action):
        return "use_register"
