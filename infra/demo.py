#!/usr/bin/env python3
"""Demo data for the local stack: a province (Henan) with two counties onboarded through the
gateway's onboarding API, a user for every role in each county, an integrator client per
county and a provincial admin. Idempotent: run it again and it only fills what is missing.
Users log in through a demo-only public client with the password grant (DEMO_LOGIN_CLIENT,
default demo-login) that this script adds to each realm: the realms' web-console client is the
browser's (code + PKCE) and has no password grant.
Reads KEYCLOAK_URL, GATEWAY_URL, KEYCLOAK_ADMIN_PASSWORD, DEMO_PASSWORD, DEMO_LOGIN_CLIENT, STACK_DIR."""
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

KEYCLOAK = os.environ["KEYCLOAK_URL"]
GATEWAY = os.environ["GATEWAY_URL"]
ADMIN_PASSWORD = os.environ["KEYCLOAK_ADMIN_PASSWORD"]
PASSWORD = os.environ["DEMO_PASSWORD"]
STACK_DIR = os.environ.get("STACK_DIR", ".stack")
DEMO_LOGIN = os.environ.get("DEMO_LOGIN_CLIENT", "demo-login")

PROVINCE = "henan"
COUNTIES = [("linxian", "Linxian County"), ("jiyuan", "Jiyuan")]
# (username, role, township, village, first, last)
USERS = [
    ("admin", "county-admin", None, None, "County", "Admin"),
    ("township", "township-officer", "t-chengguan", None, "Township", "Officer"),
    ("cadre", "village-cadre", "t-chengguan", "v-huashi", "Village", "Cadre"),
    ("council", "council-member", "t-chengguan", "v-huashi", "Council", "Member"),
    ("grid", "grid-worker", "t-chengguan", "v-huashi", "Grid", "Worker"),
    ("mediator", "mediator", "t-chengguan", "v-huashi", "People's", "Mediator"),
    ("clerk", "points-clerk", "t-chengguan", "v-huashi", "Points", "Clerk"),
    ("villager", "villager", "t-chengguan", "v-huashi", "Li", "Villager"),
    ("cadre-dongyuan", "village-cadre", "t-chengguan", "v-dongyuan", "Dongyuan", "Cadre"),
    # another township's officer: sees and acts in Yaocun only, never in Chengguan's villages
    ("township-yaocun", "township-officer", "t-yaocun", None, "Yaocun", "Officer"),
]


def call(method, url, body=None, token=None, form=None, ok=(200, 201, 204)):
    headers = {}
    data = None
    if form is not None:
        data = urllib.parse.urlencode(form).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    elif body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    if token:
        headers["Authorization"] = "Bearer " + token
    request = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            text = response.read().decode()
            return response.status, (json.loads(text) if text.strip().startswith(("{", "[")) else text)
    except urllib.error.HTTPError as e:
        text = e.read().decode()
        if e.code in ok:
            return e.code, text
        return e.code, text


def token(realm, form):
    status, body = call("POST", f"{KEYCLOAK}/realms/{realm}/protocol/openid-connect/token", form=form)
    if status != 200:
        sys.exit(f"demo: no token from realm {realm}: {status} {body}")
    return body["access_token"]


def admin_token():
    return token("master", {"grant_type": "password", "client_id": "admin-cli", "username": "admin",
                            "password": ADMIN_PASSWORD})


def ensure_demo_login(admin, realm):
    """The demo's password-grant client, with the console's claim mappers (township, village, province),
    so its tokens look like the console's to the services. Accepted only where the stack configures it."""
    status, clients = call("GET", f"{KEYCLOAK}/admin/realms/{realm}/clients?clientId={DEMO_LOGIN}", token=admin)
    if status == 200 and clients:
        return
    status, consoles = call("GET", f"{KEYCLOAK}/admin/realms/{realm}/clients?clientId=web-console", token=admin)
    if status != 200 or not consoles:
        sys.exit(f"demo: no web-console client in realm {realm}: {status} {consoles}")
    mappers = [{k: v for k, v in m.items() if k != "id"} for m in consoles[0].get("protocolMappers", [])]
    status, body = call("POST", f"{KEYCLOAK}/admin/realms/{realm}/clients", {
        "clientId": DEMO_LOGIN, "name": "Demo login (password grant, local stack only)", "publicClient": True,
        "standardFlowEnabled": False, "directAccessGrantsEnabled": True, "serviceAccountsEnabled": False,
        "protocolMappers": mappers}, admin)
    if status not in (201, 409):
        sys.exit(f"demo: demo login client in realm {realm}: {status} {body}")


def login(realm, username):
    return token(realm, {"grant_type": "password", "client_id": DEMO_LOGIN, "username": username,
                         "password": PASSWORD})


def onboard(operator, county, name):
    status, body = call("POST", f"{GATEWAY}/api/v1/tenants", {"id": county, "name": name, "province": PROVINCE}, operator)
    if status == 201:
        print(f"demo: onboarded {county}")
    elif status == 409:
        status, body = call("GET", f"{GATEWAY}/api/v1/tenants/{county}", token=operator)
        if body.get("status") == "PROVISIONING" or body.get("lastError"):
            status, body = call("POST", f"{GATEWAY}/api/v1/tenants/{county}/provision", token=operator)
            if status != 200:
                sys.exit(f"demo: onboarding {county} still incomplete: {status} {body}")
    else:
        sys.exit(f"demo: onboarding {county} failed: {status} {body}")


def user_id(admin, realm, username):
    status, body = call("GET", f"{KEYCLOAK}/admin/realms/{realm}/users?exact=true&username={username}", token=admin)
    return body[0]["id"] if status == 200 and body else None


def ensure_user(admin, realm, username, role, attributes, first, last):
    if user_id(admin, realm, username) is None:
        call("POST", f"{KEYCLOAK}/admin/realms/{realm}/users", {
            "username": username, "enabled": True, "email": f"{username}@{realm}.example", "emailVerified": True,
            "firstName": first, "lastName": last,
            "attributes": {k: [v] for k, v in attributes.items() if v},
            "credentials": [{"type": "password", "value": PASSWORD, "temporary": False}]}, admin)
    uid = user_id(admin, realm, username)
    grant(admin, realm, uid, role)


def grant(admin, realm, uid, role):
    status, rep = call("GET", f"{KEYCLOAK}/admin/realms/{realm}/roles/{role}", token=admin)
    if status != 200:
        sys.exit(f"demo: role {role} missing in {realm}")
    call("POST", f"{KEYCLOAK}/admin/realms/{realm}/users/{uid}/role-mappings/realm", [rep], admin)


def ensure_integrator(admin, realm):
    status, clients = call("GET", f"{KEYCLOAK}/admin/realms/{realm}/clients?clientId=county-app", token=admin)
    if not clients:
        call("POST", f"{KEYCLOAK}/admin/realms/{realm}/clients", {
            "clientId": "county-app", "name": "County app (integrator)", "publicClient": False,
            "serviceAccountsEnabled": True, "standardFlowEnabled": False, "directAccessGrantsEnabled": False}, admin)
        status, clients = call("GET", f"{KEYCLOAK}/admin/realms/{realm}/clients?clientId=county-app", token=admin)
    client = clients[0]
    status, account = call("GET", f"{KEYCLOAK}/admin/realms/{realm}/clients/{client['id']}/service-account-user", token=admin)
    grant(admin, realm, account["id"], "integrator")
    status, secret = call("GET", f"{KEYCLOAK}/admin/realms/{realm}/clients/{client['id']}/client-secret", token=admin)
    return secret["value"]


def id_number(seventeen):
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return seventeen + "10X98765432"[sum(int(d) * w for d, w in zip(seventeen, weights)) % 11]


REGIONS = [("t-chengguan", "TOWNSHIP", "Chengguan Town", None),
           ("v-huashi", "VILLAGE", "Huashi Village", "t-chengguan"),
           ("v-dongyuan", "VILLAGE", "Dongyuan Village", "t-chengguan"),
           ("t-yaocun", "TOWNSHIP", "Yaocun Town", None),
           ("v-shimen", "VILLAGE", "Shimen Village", "t-yaocun"),
           ("n-huashi-east", "NATURAL_VILLAGE", "East Bay", "v-huashi"),
           ("g-huashi-3", "GROUP", "Group 3", "n-huashi-east")]
HOUSEHOLDS = [("Li Ming", "No. 3, East Bay", "41058119800512003", ["LOW_INCOME"]),
              ("Zhang Hua", "No. 7, East Bay", "41058119521103004", ["ELDERLY_ALONE"]),
              ("Wang Fang", "No. 12, East Bay", "41058119910720005", [])]


def seed_grid(admin, county, villager_id):
    for region_id, kind, name, parent in REGIONS:
        body = {"id": region_id, "kind": kind, "name": name}
        if parent:
            body["parentId"] = parent
        status, answer = call("POST", f"{GATEWAY}/api/v1/grid/regions", body, admin)
        if status not in (201, 409):
            sys.exit(f"demo: region {region_id} in {county}: {status} {answer}")
    status, found = call("GET", f"{GATEWAY}/api/v1/grid/households?villageId=v-huashi&size=1", token=admin)
    if status == 200 and found.get("totalItems", 0) > 0:
        return
    for index, (head, address, digits, tags) in enumerate(HOUSEHOLDS):
        body = {"villageId": "v-huashi", "naturalVillageId": "n-huashi-east", "groupId": "g-huashi-3",
                "address": address, "headName": head, "tags": tags,
                "residents": [{"name": head, "idNumber": id_number(digits), "phone": "1380000000" + str(index),
                               "birthYear": int(digits[6:10]), "partyMember": index == 0}]}
        if index == 0:
            body["headUserId"] = villager_id
        status, answer = call("POST", f"{GATEWAY}/api/v1/grid/households", body, admin)
        if status != 201:
            sys.exit(f"demo: household in {county}: {status} {answer}")


# The grid worker's micro-grid in Huashi (a Chinese name: the console shows it as it is) and the
# households the worker is paired with, by head (e2e tests look households up by these English names).
MICRO_GRID_NAME = "东湾微网格"
GRID_WORKER_NAME = "Grid Worker"
PAIRED_HEADS = ["Li Ming", "Zhang Hua"]


def demo_household_ids(admin):
    """Head name -> id of the demo households of Huashi (the e2e suite's integrator may add others)."""
    ids = {}
    for head, _, _, _ in HOUSEHOLDS:
        status, found = call("GET", f"{GATEWAY}/api/v1/grid/households?villageId=v-huashi&name="
                             + urllib.parse.quote(head), token=admin)
        match = [item for item in (found.get("items", []) if status == 200 else []) if item["headName"] == head]
        if match:
            ids[head] = match[0]["id"]
    return ids


def seed_grid_worker(admin, county, worker_id, worker_token):
    """A micro-grid held by the demo grid worker with the demo households, and two pairings with them.
    A pairing may only name someone grid-service has seen as a grid worker of the village, so the
    worker calls grid-service once first (any authenticated call records them)."""
    status, answer = call("GET", f"{GATEWAY}/api/v1/grid/pairings", token=worker_token)
    if status != 200:
        sys.exit(f"demo: grid worker's first call in {county}: {status} {answer}")
    status, grids = call("GET", f"{GATEWAY}/api/v1/grid/micro-grids?villageId=v-huashi", token=admin)
    if status != 200:
        sys.exit(f"demo: micro-grids of v-huashi in {county}: {status} {grids}")
    grid = next((g for g in grids if (g.get("worker") or {}).get("subject") == worker_id), None)
    if grid is None:
        status, grid = call("POST", f"{GATEWAY}/api/v1/grid/micro-grids", {
            "villageId": "v-huashi", "name": MICRO_GRID_NAME, "workerSubject": worker_id,
            "workerName": GRID_WORKER_NAME}, admin)
        if status != 201:
            sys.exit(f"demo: micro-grid in {county}: {status} {grid}")
    households = demo_household_ids(admin)
    for head, household in households.items():
        if household in grid.get("householdIds", []):
            continue
        status, answer = call("POST", f"{GATEWAY}/api/v1/grid/micro-grids/{grid['id']}/households",
                              {"householdId": household}, admin)
        # 409: the household already lies in another micro-grid (someone arranged the village differently)
        if status not in (200, 409):
            sys.exit(f"demo: {head}'s household into the micro-grid in {county}: {status} {answer}")
    status, pairings = call("GET", f"{GATEWAY}/api/v1/grid/pairings?villageId=v-huashi", token=admin)
    if status != 200:
        sys.exit(f"demo: pairings of v-huashi in {county}: {status} {pairings}")
    paired = {p["householdId"] for p in pairings if p["memberSubject"] == worker_id}
    for head in PAIRED_HEADS:
        household = households.get(head)
        if household is None or household in paired:
            continue
        status, answer = call("POST", f"{GATEWAY}/api/v1/grid/pairings", {
            "memberSubject": worker_id, "memberName": GRID_WORKER_NAME, "householdId": household}, admin)
        if status not in (201, 409):
            sys.exit(f"demo: pairing with {head}'s household in {county}: {status} {answer}")


SUPERMARKET = [("Laundry soap", 5, 50), ("Cooking oil 1 L", 30, 20), ("Rice 5 kg", 60, 10)]


def seed_points(admin, county):
    status, found = call("GET", f"{GATEWAY}/api/v1/points/supermarket/items?villageId=v-huashi&size=1", token=admin)
    if status == 200 and found.get("totalItems", 0) > 0:
        return
    for name, price, stock in SUPERMARKET:
        body = {"townshipId": "t-chengguan", "villageId": "v-huashi", "name": name, "price": price, "stock": stock}
        status, answer = call("POST", f"{GATEWAY}/api/v1/points/supermarket/items", body, admin)
        if status != 201:
            sys.exit(f"demo: love supermarket item in {county}: {status} {answer}")


def seed_mediation(admin, county, mediator_id):
    status, found = call("GET", f"{GATEWAY}/api/v1/mediation/mediators?villageId=v-huashi", token=admin)
    if status == 200 and any(m.get("userId") == mediator_id for m in found):
        return
    body = {"name": "People's Mediator", "userId": mediator_id, "level": "VILLAGE", "villageId": "v-huashi",
            "specialties": ["NEIGHBOURHOOD", "LAND", "FAMILY", "DEBT", "DAMAGES"]}
    status, answer = call("POST", f"{GATEWAY}/api/v1/mediation/mediators", body, admin)
    if status != 201:
        sys.exit(f"demo: mediator in {county}: {status} {answer}")


def seed_council(admin, villager_id, villager_token):
    """The demo villager heads Li Ming's household, so they may vote online for it and read its
    passbook (points-service links a passbook to the villager's account through a cadre or admin)."""
    status, found = call("GET", f"{GATEWAY}/api/v1/grid/households?villageId=v-huashi&name=Li%20Ming", token=admin)
    if status == 200 and found.get("items"):
        household = found["items"][0]["id"]
        call("PUT", f"{GATEWAY}/api/v1/council/households/{household}/head", {"headSubject": villager_id}, admin)
        # linked once: a second link would be one more entry in the points audit log on every 'up'
        status, _ = call("GET", f"{GATEWAY}/api/v1/points/accounts/mine", token=villager_token)
        if status == 404:
            status, answer = call("PUT", f"{GATEWAY}/api/v1/points/accounts/{household}/holder",
                                  {"subject": villager_id}, admin)
            if status not in (200, 204):
                sys.exit(f"demo: passbook holder of Li Ming's household: {status} {answer}")


def main():
    admin = admin_token()
    ensure_demo_login(admin, "platform")
    operator = login("platform", "operator")
    for county, name in COUNTIES:
        onboard(operator, county, name)
    admin = admin_token()
    ensure_user(admin, "platform", "henan-admin", "provincial-admin", {"province": PROVINCE}, "Henan", "Admin")
    secrets = []
    for county, _ in COUNTIES:
        ensure_demo_login(admin, county)
        for username, role, township, village, first, last in USERS:
            ensure_user(admin, county, username, role, {"township": township, "village": village}, first, last)
        secrets.append(f"{county}: client county-app, secret {ensure_integrator(admin, county)}")
        county_admin = login(county, "admin")
        seed_grid(county_admin, county, user_id(admin, county, "villager"))
        seed_grid_worker(county_admin, county, user_id(admin, county, "grid"), login(county, "grid"))
        seed_points(county_admin, county)
        seed_mediation(county_admin, county, user_id(admin, county, "mediator"))
        seed_council(county_admin, user_id(admin, county, "villager"), login(county, "villager"))
    os.makedirs(STACK_DIR, exist_ok=True)
    with open(os.path.join(STACK_DIR, "demo-clients.txt"), "w") as out:
        out.write("\n".join(secrets) + "\n")
    print("demo: users, clients, regions, households, micro-grids and pairings, love supermarkets, mediator and "
          "household heads ready")


if __name__ == "__main__":
    main()
