package ua.cooperation.portal.security;

import org.springframework.data.jpa.repository.JpaRepository;

interface TwoFactorEnrolmentRepository extends JpaRepository<TwoFactorEnrolment, Long> {
}
