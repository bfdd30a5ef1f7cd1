package ua.cooperation.portal.programme;

/** Who a programme is for; beneficiaries are counted per group, never as persons. */
public enum TargetGroup {
    SERVICE_MEMBERS, SERVICE_MEMBER_FAMILIES, FAMILIES_OF_THE_FALLEN, VETERANS, DISPLACED_PERSONS, CHILDREN,
    EDUCATORS_STUDENTS, HEALTH_WORKERS, GENERAL_PUBLIC
}
