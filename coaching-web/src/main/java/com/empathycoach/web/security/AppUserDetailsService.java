package com.empathycoach.web.security;

import com.empathycoach.core.identity.IdentityFacade;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AppUserDetailsService implements UserDetailsService {

    private final IdentityFacade identity;

    AppUserDetailsService(IdentityFacade identity) {
        this.identity = identity;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return identity.credentials(username).map(AppUserDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
