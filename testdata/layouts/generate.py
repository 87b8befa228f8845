#!/usr/bin/env python3
"""Writes the four export-tool layouts of one logical tenant (see README.md beside this script).

Run from the repository root: python3 testdata/layouts/generate.py
Objects are taken from testdata/tenants/fabrikam-sso and testdata/tenants/northwind-apps and changed as
README.md says; each layout is then written the way its export tool writes files. Deterministic.
"""
import copy
import json
import os
import random
import shutil
import uuid
import zlib

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)))
TENANTS = os.path.join(ROOT, "..", "tenants")
GRAPH = "https://graph.microsoft.com/beta"

TENANT_ID = "3c9e5a71-8f24-4b6d-a0e3-9d5c7b1f2e86"  # as in the ADE profile's configurationEndpointUrl
ORGANIZATION = "Contoso Ltd"
INTUNE_APP_ID = "0000000a-0000-0000-c000-000000000000"
GROUPS = {
    "5f1c7a2e-3b84-4d6a-9e21-8c0d4b7f2a61": ("iOS JIT users", "Users of corporate iPhones and iPads enrolled with Just in Time registration.", "2023-09-28T14:02:11Z"),
    "a3e9d0b4-7c25-4f18-b6a3-2d91e5c8f047": ("SSO pilot ring", "IT staff who pilot changes to the Entra ID SSO app extension.", "2023-11-06T09:37:52Z"),
}


def load(path):
    with open(os.path.join(TENANTS, path), encoding="utf-8") as f:
        return json.load(f)


# ----------------------------------------------------------------------------------------------
# The logical tenant, in raw Graph form ($expand=assignments single objects, as testdata/tenants).
# ----------------------------------------------------------------------------------------------

def logical_tenant():
    sso_jit = load("fabrikam-sso/deviceConfigurations/iOS - Enterprise SSO (JIT).json")
    ext = sso_jit["iosSingleSignOnExtension"]
    ext["bundleIdAccessControlList"] = ["com.contoso.expenses", "com.microsoft.azureauthenticator", "com.contoso.fieldservice"]
    ext["configurations"] = [
        {"@odata.type": "#microsoft.graph.keyStringValuePair", "key": "device_registration ", "value": "{{DEVICEREGISTRATION}}"},
        {"@odata.type": "#microsoft.graph.keyIntegerValuePair", "key": "browser_sso_interaction_enabled", "value": 1},
        {"@odata.type": "#microsoft.graph.keyStringValuePair", "key": "AppAllowList", "value": "com.contoso.expenses, com.contoso.fieldservice"},
    ]

    sso_pilot = load("fabrikam-sso/deviceConfigurations/iOS - SSO pilot.json")
    sso_pilot["iosSingleSignOnExtension"]["configurations"][0]["value"] = "{{DEVICEREGISTRATION}}"

    app_protection = load("fabrikam-sso/managedAppPolicies/iOS - App protection (managed devices).json")
    app_protection["apps"] = [app for app in app_protection["apps"] if app["id"] == "com.microsoft.office.outlook.ios"]
    app_protection["deployedAppCount"] = 1

    ca = load("fabrikam-sso/conditionalAccessPolicies/Require compliant iOS device.json")
    ca["conditions"]["applications"]["excludeApplications"] = [INTUNE_APP_ID]

    return {
        "sso_jit": ("deviceConfigurations", sso_jit),
        "sso_pilot": ("deviceConfigurations", sso_pilot),
        "authenticator": ("mobileApps", load("northwind-apps/mobileApps/Microsoft Authenticator.json")),
        "teams": ("mobileApps", load("fabrikam-sso/mobileApps/Microsoft Teams.json")),
        "outlook": ("mobileApps", load("fabrikam-sso/mobileApps/Microsoft Outlook.json")),
        "defender": ("mobileApps", load("northwind-apps/mobileApps/Microsoft Defender for Endpoint.json")),
        "compliance": ("deviceCompliancePolicies", load("fabrikam-sso/deviceCompliancePolicies/iOS - Compliance.json")),
        "app_protection": ("managedAppPolicies", app_protection),
        "app_config": ("mobileAppConfigurations", load("fabrikam-sso/mobileAppConfigurations/Outlook - managed devices.json")),
        "ade": ("depOnboardingSettings", load("fabrikam-sso/depOnboardingSettings/iOS ADE - Corporate.json")),
        "ca": ("conditionalAccessPolicies", ca),
    }


def type_tail(obj):
    return obj["@odata.type"].split(".")[-1]


def strip_nav(obj, *names):
    """The object without the given navigation properties and their annotations."""
    return {k: v for k, v in obj.items() if k.split("@")[0] not in names}


# ----------------------------------------------------------------------------------------------
# Writers
# ----------------------------------------------------------------------------------------------

def write_bytes(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def graph_text(obj):
    """Graph Explorer pretty print: 2-space indent, LF, final newline."""
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def ps51_string(s):
    """A string as Windows PowerShell 5.1 ConvertTo-Json (JavaScriptSerializer) escapes it."""
    out = ['"']
    short = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
    for ch in s:
        if ch in short:
            out.append(short[ch])
        elif ord(ch) < 0x20 or ch in "'<>&":
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def ps51_json(value, column=0):
    """Windows PowerShell 5.1 ConvertTo-Json layout: '"key":  value', nested values indented 4 columns
    past the column of their opening bracket, empty arrays as '[', blank line, ']', CRLF."""
    nl = "\r\n"
    if isinstance(value, dict):
        if not value:
            return "{" + nl + nl + " " * column + "}"
        members = []
        for key, item in value.items():
            prefix = " " * (column + 4) + ps51_string(key) + ":  "
            members.append(prefix + ps51_json(item, len(prefix)))
        return "{" + nl + ("," + nl).join(members) + nl + " " * column + "}"
    if isinstance(value, list):
        if not value:
            return "[" + nl + nl + " " * column + "]"
        items = [" " * (column + 4) + ps51_json(item, column + 4) for item in value]
        return "[" + nl + ("," + nl).join(items) + nl + " " * column + "]"
    if isinstance(value, str):
        return ps51_string(value)
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return "null"
    return str(value)


def ps51_file(obj):
    """ConvertTo-Json | Out-File in Windows PowerShell 5.1: UTF-16LE with BOM, CRLF, final CRLF."""
    return b"\xff\xfe" + (ps51_json(obj) + "\r\n").encode("utf-16-le")


def intunecd_file(obj):
    """json.dump(data, f, indent=5) to a UTF-8 file: ASCII escapes, LF, no final newline."""
    return json.dumps(obj, indent=5).encode("utf-8")


def shuffled(value, seed):
    """Invoke-MgGraphRequest returns hashtables: key order is not Graph's. A fixed pseudo-random order."""
    rng = random.Random(seed)

    def walk(v):
        if isinstance(v, dict):
            keys = list(v)
            rng.shuffle(keys)
            return {k: walk(v[k]) for k in keys}
        if isinstance(v, list):
            return [walk(item) for item in v]
        return v

    return walk(value)


def ps7_file(obj):
    """ConvertTo-Json | Out-File in PowerShell 7 on Windows: UTF-8 without BOM, 2-space indent, CRLF."""
    return (json.dumps(obj, indent=2, ensure_ascii=False).replace("\n", "\r\n") + "\r\n").encode("utf-8")


# ----------------------------------------------------------------------------------------------
# Layout 1: raw Graph
# ----------------------------------------------------------------------------------------------

def write_graph(tenant, out):
    for collection, obj in tenant.values():
        write_bytes(os.path.join(out, collection, obj["displayName"] + ".json"), graph_text(obj).encode("utf-8"))


# ----------------------------------------------------------------------------------------------
# Layout 2: IntuneManagement (Windows PowerShell 5.1, odata.metadata=full except apps)
# ----------------------------------------------------------------------------------------------

DATE = "#DateTimeOffset"
STRINGS = "#Collection(String)"

# Per-property @odata.type annotations that odata.metadata=full adds (Edm.String, Int32 and Boolean get none).
ANNOTATIONS = {
    "iosDeviceFeaturesConfiguration": {
        "roleScopeTagIds": STRINGS, "airPrintDestinations": "#Collection(microsoft.graph.airPrintDestination)",
        "homeScreenDockIcons": "#Collection(microsoft.graph.iosHomeScreenItem)",
        "homeScreenPages": "#Collection(microsoft.graph.iosHomeScreenPage)",
        "notificationSettings": "#Collection(microsoft.graph.iosNotificationSettings)",
        "wallpaperDisplayLocation": "#microsoft.graph.iosWallpaperDisplayLocation",
    },
    "iosAzureAdSingleSignOnExtension": {
        "bundleIdAccessControlList": STRINGS, "configurations": "#Collection(microsoft.graph.keyTypedValuePair)",
    },
    "iosCompliancePolicy": {
        "roleScopeTagIds": STRINGS, "passcodeRequiredType": "#microsoft.graph.requiredPasswordType",
        "deviceThreatProtectionRequiredSecurityLevel": "#microsoft.graph.deviceThreatProtectionLevel",
        "advancedThreatProtectionRequiredSecurityLevel": "#microsoft.graph.deviceThreatProtectionLevel",
        "restrictedApps": "#Collection(microsoft.graph.appListItem)",
    },
    "deviceComplianceActionItem": {
        "actionType": "#microsoft.graph.deviceComplianceActionType", "notificationMessageCCList": STRINGS,
    },
    "iosManagedAppProtection": {
        "roleScopeTagIds": STRINGS,
        "periodOfflineBeforeAccessCheck": "#Duration", "periodOnlineBeforeAccessCheck": "#Duration",
        "allowedInboundDataTransferSources": "#microsoft.graph.managedAppDataTransferLevel",
        "allowedOutboundDataTransferDestinations": "#microsoft.graph.managedAppDataTransferLevel",
        "allowedOutboundClipboardSharingLevel": "#microsoft.graph.managedAppClipboardSharingLevel",
        "periodOfflineBeforeWipeIsEnforced": "#Duration", "pinCharacterSet": "#microsoft.graph.managedAppPinCharacterSet",
        "periodBeforePinReset": "#Duration",
        "allowedDataStorageLocations": "#Collection(microsoft.graph.managedAppDataStorageLocation)",
        "appActionIfDeviceComplianceRequired": "#microsoft.graph.managedAppRemediationAction",
        "appActionIfMaximumPinRetriesExceeded": "#microsoft.graph.managedAppRemediationAction",
        "pinRequiredInsteadOfBiometricTimeout": "#Duration",
        "notificationRestriction": "#microsoft.graph.managedAppNotificationRestriction",
        "managedBrowser": "#microsoft.graph.managedBrowserType",
        "maximumAllowedDeviceThreatLevel": "#microsoft.graph.managedAppDeviceThreatLevel",
        "mobileThreatDefenseRemediationAction": "#microsoft.graph.managedAppRemediationAction",
        "allowedDataIngestionLocations": "#Collection(microsoft.graph.managedAppDataIngestionLocation)",
        "appActionIfUnableToAuthenticateUser": "#microsoft.graph.managedAppRemediationAction",
        "dialerRestrictionLevel": "#microsoft.graph.managedAppPhoneNumberRedirectLevel",
        "protectedMessagingRedirectAppType": "#microsoft.graph.messagingRedirectAppType",
        "targetedAppManagementLevels": "#microsoft.graph.appManagementLevel",
        "appGroupType": "#microsoft.graph.targetedManagedAppGroupType",
        "appDataEncryptionType": "#microsoft.graph.managedAppDataEncryptionType",
        "exemptedAppProtocols": "#Collection(microsoft.graph.keyValuePair)",
        "appActionIfIosDeviceModelNotAllowed": "#microsoft.graph.managedAppRemediationAction",
        "managedUniversalLinks": STRINGS, "exemptedUniversalLinks": STRINGS,
    },
    "iosMobileAppConfiguration": {
        "targetedMobileApps": STRINGS, "roleScopeTagIds": STRINGS,
        "settings": "#Collection(microsoft.graph.appConfigurationSettingItem)",
    },
    "appConfigurationSettingItem": {"appConfigKeyType": "#microsoft.graph.mdmAppConfigKeyType"},
    "conditionalAccessPolicy": {"state": "#microsoft.graph.conditionalAccessPolicyState"},
    "conditionalAccessConditionSet": {
        "userRiskLevels": "#Collection(microsoft.graph.riskLevel)", "signInRiskLevels": "#Collection(microsoft.graph.riskLevel)",
        "clientAppTypes": "#Collection(microsoft.graph.conditionalAccessClientApp)",
        "servicePrincipalRiskLevels": "#Collection(microsoft.graph.riskLevel)",
    },
    "conditionalAccessPlatforms": {
        "includePlatforms": "#Collection(microsoft.graph.conditionalAccessDevicePlatform)",
        "excludePlatforms": "#Collection(microsoft.graph.conditionalAccessDevicePlatform)",
    },
    "conditionalAccessApplications": {
        "includeApplications": STRINGS, "excludeApplications": STRINGS, "includeUserActions": STRINGS,
        "includeAuthenticationContextClassReferences": STRINGS,
    },
    "conditionalAccessUsers": {
        "includeUsers": STRINGS, "excludeUsers": STRINGS, "includeGroups": STRINGS, "excludeGroups": STRINGS,
        "includeRoles": STRINGS, "excludeRoles": STRINGS,
    },
    "conditionalAccessGrantControls": {
        "builtInControls": "#Collection(microsoft.graph.conditionalAccessGrantControl)",
        "customAuthenticationFactors": STRINGS, "termsOfUse": STRINGS,
    },
    "assignment": {
        "source": "#microsoft.graph.deviceAndAppManagementAssignmentSource",
        "intent": "#microsoft.graph.deviceConfigAssignmentIntent",
    },
    "target": {"deviceAndAppManagementAssignmentFilterType": "#microsoft.graph.deviceAndAppManagementAssignmentFilterType"},
}


def annotate(obj, kind, odata_type=None, header=()):
    """Adds odata.metadata=full annotations: '@odata.type' of complex values, then 'x@odata.type' before
    each typed property."""
    types = ANNOTATIONS.get(kind, {})
    out = {}
    if odata_type and "@odata.type" not in obj:
        out["@odata.type"] = odata_type
    for key, value in header:
        out[key] = value
    for key, value in obj.items():
        if value is not None and not key.startswith("@"):
            if key in types:
                out[key + "@odata.type"] = types[key]
            elif key.endswith("DateTime") and isinstance(value, str):
                out[key + "@odata.type"] = DATE
        out[key] = value
    # @odata.type first, as Graph writes it
    if "@odata.type" in out:
        out = {"@odata.type": out["@odata.type"], **{k: v for k, v in out.items() if k != "@odata.type"}}
    return out


def im_target(target):
    return annotate(target, "target")


def im_assignment(assignment, assignment_type, entity_path):
    link = f"{entity_path}/assignments('{assignment['id']}')"
    body = {k: (im_target(v) if k == "target" else v) for k, v in assignment.items()}
    return annotate(body, "assignment", f"#microsoft.graph.{assignment_type}",
                    header=(("@odata.id", link), ("@odata.editLink", link)))


def im_links(out, base, names):
    for name in names:
        out[f"{name}@odata.associationLink"] = f"{GRAPH}/{base}/{name}/$ref"
        out[f"{name}@odata.navigationLink"] = f"{GRAPH}/{base}/{name}"


def im_action(out, name, target):
    out[f"#microsoft.graph.{name}"] = {"title": f"microsoft.graph.{name}", "target": target}


def im_entity(obj, entity_path, edit_link, kind):
    """Common head: @odata.context, @odata.type, @odata.id, @odata.editLink, annotated properties."""
    head = {"@odata.context": obj["@odata.context"], "@odata.type": obj["@odata.type"],
            "@odata.id": entity_path, "@odata.editLink": edit_link}
    props = {k: v for k, v in obj.items() if k not in ("@odata.context", "@odata.type")}
    return {**head, **annotate(props, kind)}


def im_device_configuration(obj):
    oid, tail = obj["id"], type_tail(obj)
    path = f"deviceManagement/deviceConfigurations('{oid}')"
    body = strip_nav(obj, "assignments")
    ext = body["iosSingleSignOnExtension"]
    body["iosSingleSignOnExtension"] = annotate(ext, type_tail(ext))
    out = im_entity(body, path, f"{path}/microsoft.graph.{tail}", tail)
    base = f"{path}/microsoft.graph.{tail}"
    out["assignments@odata.context"] = obj["assignments@odata.context"]
    im_links(out, base, ["assignments"])
    out["assignments"] = [im_assignment(a, "deviceConfigurationAssignment", path) for a in obj["assignments"]]
    im_links(out, base, ["deviceSettingStateSummaries", "deviceStatuses", "deviceStatusOverview", "groupAssignments",
                         "userStatuses", "userStatusOverview", "identityCertificateForClientAuthentication",
                         "singleSignOnExtensionPkinitCertificate"])
    for action in ("assign", "assignedAccessMultiModeProfiles", "windowsPrivacyAccessControls"):
        im_action(out, action, f"{GRAPH}/{path}/microsoft.graph.deviceConfiguration/microsoft.graph.{action}")
    return out


def im_compliance(obj):
    oid, tail = obj["id"], type_tail(obj)
    path = f"deviceManagement/deviceCompliancePolicies('{oid}')"
    base = f"{path}/microsoft.graph.{tail}"
    out = im_entity(strip_nav(obj, "assignments", "scheduledActionsForRule"), path, base, tail)
    out["assignments@odata.context"] = obj["assignments@odata.context"]
    im_links(out, base, ["assignments"])
    out["assignments"] = [im_assignment(a, "deviceCompliancePolicyAssignment", path) for a in obj["assignments"]]
    out["scheduledActionsForRule@odata.context"] = obj["scheduledActionsForRule@odata.context"]
    im_links(out, base, ["scheduledActionsForRule"])
    rules = []
    for rule in obj["scheduledActionsForRule"]:
        rule_path = f"{path}/scheduledActionsForRule('{rule['id']}')"
        r = {"@odata.type": "#microsoft.graph.deviceComplianceScheduledActionForRule", "@odata.id": rule_path,
             "@odata.editLink": rule_path, "id": rule["id"], "ruleName": rule["ruleName"]}
        r["scheduledActionConfigurations@odata.context"] = rule["scheduledActionConfigurations@odata.context"]
        r["scheduledActionConfigurations@odata.associationLink"] = f"{GRAPH}/{rule_path}/scheduledActionConfigurations/$ref"
        r["scheduledActionConfigurations@odata.navigationLink"] = f"{GRAPH}/{rule_path}/scheduledActionConfigurations"
        r["scheduledActionConfigurations"] = []
        for item in rule["scheduledActionConfigurations"]:
            item_path = f"{rule_path}/scheduledActionConfigurations('{item['id']}')"
            r["scheduledActionConfigurations"].append(annotate(
                item, "deviceComplianceActionItem", "#microsoft.graph.deviceComplianceActionItem",
                header=(("@odata.id", item_path), ("@odata.editLink", item_path))))
        rules.append(r)
    out["scheduledActionsForRule"] = rules
    im_links(out, base, ["deviceSettingStateSummaries", "deviceStatuses", "deviceStatusOverview", "userStatuses",
                         "userStatusOverview"])
    im_action(out, "assign", f"{GRAPH}/{path}/microsoft.graph.deviceCompliancePolicy/microsoft.graph.assign")
    im_action(out, "scheduleActionsForRules",
              f"{GRAPH}/{path}/microsoft.graph.deviceCompliancePolicy/microsoft.graph.scheduleActionsForRules")
    return out


def im_app_protection(obj):
    oid = obj["id"]
    path = f"deviceAppManagement/iosManagedAppProtections('{oid}')"
    body = strip_nav(obj, "assignments", "apps")
    body["exemptedAppProtocols"] = [{"@odata.type": "#microsoft.graph.keyValuePair", **p} for p in body["exemptedAppProtocols"]]
    out = im_entity(body, path, path, type_tail(obj))
    out["assignments@odata.context"] = obj["assignments@odata.context"]
    im_links(out, path, ["assignments"])
    out["assignments"] = [im_assignment(a, "targetedManagedAppPolicyAssignment", path) for a in obj["assignments"]]
    out["apps@odata.context"] = obj["apps@odata.context"]
    im_links(out, path, ["apps"])
    out["apps"] = []
    for app in obj["apps"]:
        app_path = f"{path}/apps('{app['id']}')"
        out["apps"].append({"@odata.type": "#microsoft.graph.managedMobileApp", "@odata.id": app_path,
                            "@odata.editLink": app_path, **app})
    im_links(out, path, ["deploymentSummary"])
    im_action(out, "assign", f"{GRAPH}/{path}/microsoft.graph.targetedManagedAppProtection/microsoft.graph.assign")
    out["#microsoft.graph.targetApps"] = [
        {"title": "microsoft.graph.targetApps", "target": f"{GRAPH}/{path}/microsoft.graph.{base}/microsoft.graph.targetApps"}
        for base in ("targetedManagedAppProtection", "managedAppPolicy", "managedAppProtection")]
    return out


def im_app_configuration(obj):
    oid, tail = obj["id"], type_tail(obj)
    path = f"deviceAppManagement/mobileAppConfigurations('{oid}')"
    base = f"{path}/microsoft.graph.{tail}"
    body = strip_nav(obj, "assignments")
    body["settings"] = [annotate(item, "appConfigurationSettingItem", "#microsoft.graph.appConfigurationSettingItem")
                        for item in body["settings"]]
    out = im_entity(body, path, base, tail)
    out["assignments@odata.context"] = obj["assignments@odata.context"]
    im_links(out, base, ["assignments"])
    out["assignments"] = [im_assignment(a, "managedDeviceMobileAppConfigurationAssignment", path) for a in obj["assignments"]]
    im_links(out, base, ["deviceStatuses", "deviceStatusSummary", "userStatuses", "userStatusSummary"])
    im_action(out, "assign", f"{GRAPH}/{path}/microsoft.graph.managedDeviceMobileAppConfiguration/microsoft.graph.assign")
    return out


def im_conditional_access(obj):
    oid = obj["id"]
    path = f"identity/conditionalAccess/policies('{oid}')"
    body = dict(obj)
    conditions = dict(body["conditions"])
    for key, kind in (("platforms", "conditionalAccessPlatforms"), ("applications", "conditionalAccessApplications"),
                      ("users", "conditionalAccessUsers")):
        conditions[key] = annotate(conditions[key], kind, f"#microsoft.graph.{kind}")
    body["conditions"] = annotate(conditions, "conditionalAccessConditionSet", "#microsoft.graph.conditionalAccessConditionSet")
    body["grantControls"] = annotate(body["grantControls"], "conditionalAccessGrantControls",
                                     "#microsoft.graph.conditionalAccessGrantControls")
    return im_entity(body, path, path, "conditionalAccessPolicy")


def im_app(obj):
    """Applications are read with odata.metadata=minimal and $expand=categories,assignments."""
    oid, tail = obj["id"], type_tail(obj)
    out = {"@odata.context": f"{GRAPH}/$metadata#deviceAppManagement/mobileApps(categories(),assignments())/$entity"}
    for key, value in obj.items():
        if key == "@odata.context":
            continue
        if key == "assignments@odata.context":
            out["categories@odata.context"] = f"{GRAPH}/$metadata#deviceAppManagement/mobileApps('{oid}')/microsoft.graph.{tail}/categories"
            out["categories"] = []
        out[key] = value
    return out


def group_sid(group_id):
    b = uuid.UUID(group_id).bytes_le
    parts = [int.from_bytes(b[i:i + 4], "little") for i in range(0, 16, 4)]
    return "S-1-12-1-" + "-".join(str(p) for p in parts)


def im_group(group_id):
    name, description, created = GROUPS[group_id]
    return {
        "@odata.context": f"{GRAPH}/$metadata#groups/$entity",
        "id": group_id, "deletedDateTime": None, "classification": None, "createdDateTime": created,
        "createdByAppId": None, "organizationId": "%OrganizationId%", "description": description, "displayName": name,
        "expirationDateTime": None, "groupTypes": [], "infoCatalogs": [], "isAssignableToRole": None,
        "isManagementRestricted": None, "mail": None, "mailEnabled": False,
        "mailNickname": name.replace(" ", "-").lower(), "membershipRule": None, "membershipRuleProcessingState": None,
        "onPremisesDomainName": None, "onPremisesLastSyncDateTime": None, "onPremisesNetBiosName": None,
        "onPremisesSamAccountName": None, "onPremisesSecurityIdentifier": None, "onPremisesSyncEnabled": None,
        "preferredDataLocation": None, "preferredLanguage": None, "proxyAddresses": [], "renewedDateTime": created,
        "resourceBehaviorOptions": [], "resourceProvisioningOptions": [], "securityEnabled": True,
        "securityIdentifier": group_sid(group_id), "theme": None, "uniqueName": None, "visibility": None,
        "onPremisesProvisioningErrors": [], "serviceProvisioningErrors": [],
    }


def write_intunemanagement(tenant, out):
    org = os.path.join(out, ORGANIZATION)
    folders = {
        "sso_jit": ("DeviceConfiguration", im_device_configuration),
        "sso_pilot": ("DeviceConfiguration", im_device_configuration),
        "authenticator": ("Applications", im_app), "teams": ("Applications", im_app),
        "outlook": ("Applications", im_app), "defender": ("Applications", im_app),
        "compliance": ("CompliancePolicies", im_compliance),
        "app_protection": ("AppProtection", im_app_protection),
        "app_config": ("AppConfigurationManagedDevice", im_app_configuration),
        "ca": ("ConditionalAccess", im_conditional_access),
        # "ade": not exported, IntuneManagement's iOSDepProfile view is commented out
    }
    for key, (folder, convert) in folders.items():
        obj = tenant[key][1]
        write_bytes(os.path.join(org, folder, obj["displayName"] + ".json"), ps51_file(convert(copy.deepcopy(obj))))
    for group_id, (name, _, _) in GROUPS.items():
        write_bytes(os.path.join(org, "Groups", name + ".json"), ps51_file(im_group(group_id)))
    table = {"TenantId": TENANT_ID, "Organization": ORGANIZATION,
             "Objects": [{"Id": gid, "DisplayName": name, "Type": "Group"} for gid, (name, _, _) in GROUPS.items()]}
    write_bytes(os.path.join(org, "MigrationTable.json"), ps51_file(table))


# ----------------------------------------------------------------------------------------------
# Layout 3: IntuneCD
# ----------------------------------------------------------------------------------------------

INTUNECD_REMOVED = {"id", "version", "topicIdentifier", "certificate", "createdDateTime", "lastModifiedDateTime",
                    "isAssigned", "@odata.context", "scheduledActionConfigurations@odata.context",
                    "scheduledActionsForRule@odata.context", "sourceId", "supportsScopeTags", "companyCodes",
                    "isGlobalScript", "highestAvailableVersion", "token", "lastSyncDateTime", "isReadOnly",
                    "secretReferenceValueId", "isEncrypted", "modifiedDateTime", "deployedAppCount"}


def intunecd_assignments(assignments):
    """GET .../assignments items without id, groupId and sourceId; group name and type added to the target."""
    result = []
    for assignment in assignments:
        a = {k: copy.deepcopy(v) for k, v in assignment.items() if k not in ("id", "sourceId")}
        target = {k: v for k, v in a["target"].items() if k not in ("id", "groupId", "sourceId")}
        group_id = assignment["target"].get("groupId")
        if group_id:
            target["groupName"] = GROUPS[group_id][0]
            target["groupType"] = "StaticMembership"
        a["target"] = target
        result.append(a)
    return result


def intunecd_object(obj, *, assignments=True):
    """A list item as IntuneCD saves it: navigation properties and top-level bookkeeping keys removed,
    scope tags by name, assignments appended last."""
    data = {k: copy.deepcopy(v) for k, v in obj.items()
            if k.split("@")[0] not in ("assignments", "apps") and k not in INTUNECD_REMOVED}
    if "roleScopeTagIds" in data:
        data["roleScopeTagIds"] = ["Default" if tag == "0" else tag for tag in data["roleScopeTagIds"]]
    if assignments and obj.get("assignments"):
        data["assignments"] = intunecd_assignments(obj["assignments"])
    return data


def write_intunecd(tenant, out):
    def save(folder, name, data):
        write_bytes(os.path.join(out, folder, name + ".json"), intunecd_file(data))

    for key in ("sso_jit", "sso_pilot"):
        obj = tenant[key][1]
        save("Device Configurations", f"{obj['displayName']}_{type_tail(obj)}", intunecd_object(obj))

    for key in ("authenticator", "teams", "outlook", "defender"):
        obj = tenant[key][1]
        data = intunecd_object(obj)
        data.pop("description", None)
        if type_tail(obj) == "iosVppApp":
            name = f"{obj['displayName']}_iOSVppApp_{obj['vppTokenAppleId'].split('@')[0]}"
        else:
            name = f"{obj['displayName']}_{type_tail(obj)}"
        save(os.path.join("Applications", "iOS"), name, data)

    obj = tenant["compliance"][1]
    data = intunecd_object(obj)
    data["scheduledActionsForRule"] = [
        {k: v for k, v in rule.items() if k not in INTUNECD_REMOVED} for rule in copy.deepcopy(obj["scheduledActionsForRule"])]
    # assignments last, as IntuneCD adds them after the list item's own keys
    data["assignments"] = data.pop("assignments")
    save(os.path.join("Compliance Policies", "Policies"), f"{obj['displayName']}_{type_tail(obj)}", data)

    obj = tenant["app_protection"][1]
    save("App Protection", f"{obj['displayName']}_{type_tail(obj)}", intunecd_object(obj))

    obj = tenant["app_config"][1]
    data = intunecd_object(obj)
    targets = data.pop("targetedMobileApps")
    apps_by_id = {o["id"]: o for _, o in tenant.values() if o.get("@odata.type", "").endswith("App")}
    app = apps_by_id[targets[-1]]
    data["targetedMobileApps"] = {"appName": app["displayName"], "type": app["@odata.type"]}
    data["assignments"] = data.pop("assignments")
    save("App Configuration", f"{obj['displayName']}_{type_tail(obj)}", data)

    obj = tenant["ade"][1]
    save(os.path.join("Enrollment Profiles", "Apple"), f"{obj['displayName']}_{type_tail(obj)}",
         intunecd_object(obj, assignments=False))

    # Conditional Access list items carry no @odata.type, so IntuneCD adds no type to the file name.
    obj = tenant["ca"][1]
    data = intunecd_object(obj, assignments=False)
    data.pop("@odata.type", None)
    data["grantControls"].pop("authenticationStrength@odata.context", None)
    save("Conditional Access", obj["displayName"], data)


# ----------------------------------------------------------------------------------------------
# Layout 4: IntuneBackupAndRestore (PowerShell 7, Invoke-MgGraphRequest hashtables)
# ----------------------------------------------------------------------------------------------

def write_intunebackupandrestore(tenant, out):
    def save(relative, data):
        write_bytes(os.path.join(out, relative), ps7_file(shuffled(data, zlib.crc32(relative.encode("utf-8")))))

    def list_item(obj, *drop):
        return {k: copy.deepcopy(v) for k, v in obj.items()
                if k != "@odata.context" and k.split("@")[0] not in ("assignments",) + drop}

    for key in ("sso_jit", "sso_pilot"):
        obj = tenant[key][1]
        name = obj["displayName"]
        save(f"Device Configurations/{name}.json", list_item(obj))
        assignments = [copy.deepcopy(a) for a in obj["assignments"]]
        save(f"Device Configurations/Assignments/{name}.json", assignments[0] if len(assignments) == 1 else assignments)

    obj = tenant["compliance"][1]
    name = obj["displayName"]
    save(f"Device Compliance Policies/{name}.json", list_item(obj, "scheduledActionsForRule"))
    assignments = [copy.deepcopy(a) for a in obj["assignments"]]
    save(f"Device Compliance Policies/Assignments/{name}.json", assignments[0] if len(assignments) == 1 else assignments)

    obj = tenant["app_protection"][1]
    name = obj["displayName"]
    data = list_item(obj, "apps")
    data["apps"] = copy.deepcopy(obj["apps"])  # added for selectedPublicApps from ?$expand=apps
    save(f"App Protection Policies/{name}.json", data)
    save(f"App Protection Policies/Assignments/{obj['id']} - {name}.json",
         {"@odata.context": obj["assignments@odata.context"], "value": [copy.deepcopy(a) for a in obj["assignments"]]})

    for key in ("authenticator", "teams", "outlook", "defender"):
        obj = tenant[key][1]
        name = obj["displayName"]
        data = {k: copy.deepcopy(v) for k, v in obj.items() if k.split("@")[0] != "assignments"}
        data["@odata.context"] = f"{GRAPH}/$metadata#deviceAppManagement/mobileApps/$entity"
        save(f"Client Apps/{type_tail(obj)}_{name}.json", data)
        save(f"Client Apps/Assignments/{obj['id']} - {name}.json", [copy.deepcopy(a) for a in obj["assignments"]])


def main():
    tenant = logical_tenant()
    writers = {"graph": write_graph, "intunemanagement": write_intunemanagement, "intunecd": write_intunecd,
               "intunebackupandrestore": write_intunebackupandrestore}
    for folder, write in writers.items():
        out = os.path.join(ROOT, folder)
        shutil.rmtree(out, ignore_errors=True)
        write(tenant, out)


if __name__ == "__main__":
    main()
