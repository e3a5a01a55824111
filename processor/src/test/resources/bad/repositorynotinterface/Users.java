package bad.repositorynotinterface;

import jakarta.data.repository.Repository;

@Repository(provider = "Relata")
public abstract class Users {
  public abstract User byName(String name);
}
